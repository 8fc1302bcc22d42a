package org.paralelo.courses;

import java.util.List;

/** A course read from {@code content-samples/}: metadata, modules and lesson bodies (quizzes come later). */
public record SampleCourse(String code, String language, String title, String summary, int estimatedHours,
                           List<String> topics, List<SampleModule> modules) {

    public record SampleModule(String code, String title, String objectives, List<SampleLesson> lessons) {
    }

    public record SampleLesson(String code, String title, String markdown, boolean required) {
    }
}
