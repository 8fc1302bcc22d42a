package org.paralelo.learning;

/** A quiz of a published course as the trainer's table heads its column: item key and title, in course order. */
public record CourseQuiz(String itemKey, String title) {
}
