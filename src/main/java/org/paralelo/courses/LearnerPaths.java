package org.paralelo.courses;

/**
 * Addresses of the learner's screens (course page, lesson player, quiz player), so the learning and assessment
 * modules link to each other's screens without importing view classes.
 */
public final class LearnerPaths {

    private LearnerPaths() {
    }

    public static String coursePage(CourseId course) {
        return "cursos/" + course.value();
    }

    public static String lesson(CourseId course, String itemKey) {
        return coursePage(course) + "/lecciones/" + itemKey;
    }

    public static String quiz(CourseId course, String itemKey) {
        return coursePage(course) + "/cuestionarios/" + itemKey;
    }

    /** The trainer's page of a course's learners and enrolment settings (learning module). */
    public static String learners(CourseId course) {
        return coursePage(course) + "/participantes";
    }

    public static String item(CourseId course, ItemKind kind, String itemKey) {
        return kind == ItemKind.QUIZ ? quiz(course, itemKey) : lesson(course, itemKey);
    }
}
