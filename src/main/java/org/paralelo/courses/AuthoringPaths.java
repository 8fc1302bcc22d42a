package org.paralelo.courses;

/**
 * Addresses of the authoring screens, so modules link to each other's screens without importing view classes.
 * The quiz editor route belongs to the assessment module, the attachments' search status to the search module,
 * the runs of a course to the programme module.
 */
public final class AuthoringPaths {

    private AuthoringPaths() {
    }

    public static String courseEditor(CourseId course) {
        return "autoria/cursos/" + course.value();
    }

    public static String lessonEditor(CourseId course, String itemKey) {
        return courseEditor(course) + "/lecciones/" + itemKey;
    }

    public static String quizEditor(CourseId course, String itemKey) {
        return courseEditor(course) + "/cuestionarios/" + itemKey;
    }

    public static String attachmentSearchStatus(CourseId course) {
        return "busqueda/adjuntos/" + course.value();
    }

    /** A course's runs (cohorts), for its trainers. */
    public static String runs(CourseId course) {
        return "cursos/" + course.value() + "/ediciones";
    }
}
