package org.paralelo.programme;

import org.paralelo.courses.AuthoringPaths;
import org.paralelo.courses.CourseId;

/** Addresses of programme's screens, so other screens link to them without importing view classes. */
public final class ProgrammePaths {

    private ProgrammePaths() {
    }

    /** A course's runs, for its trainers. */
    public static String runs(CourseId course) {
        return AuthoringPaths.runs(course);
    }

    /** One run: its details and members. */
    public static String run(RunId run) {
        return "ediciones/" + run.value();
    }

    /** Where a learner chooses a run of the course. */
    public static String chooseRun(CourseId course) {
        return runs(course) + "/elegir";
    }

    /** A session's roll call, check-in code and sign-in sheet, for its trainers and facilitators. */
    public static String rollCall(SessionId session) {
        return "sesiones/" + session.value() + "/asistencia";
    }

    /** Where a participant types (or scans) the check-in code. */
    public static String checkIn() {
        return "asistencia";
    }

    /** The signed-in person's upcoming sessions and calendar subscription. */
    public static String agenda() {
        return "mi-agenda";
    }

    /** One session in the signed-in person's Mi agenda (its card there). */
    public static String agendaSession(SessionId session) {
        return agenda() + "#agenda-" + session.value();
    }

    /** A person's iCalendar subscription, reached with its secret token. */
    public static String calendarFeed(String token) {
        return "calendario/" + token + ".ics";
    }

    /** The debate series the signed-in person may read, and where organisers create one. */
    public static String seriesList() {
        return "series";
    }

    /** One debate series: its sessions, organisations and agreements. */
    public static String series(SeriesId series) {
        return "series/" + series.value();
    }

    /** A series session's minutes and agreements. */
    public static String debate(SessionId session) {
        return "sesiones/" + session.value() + "/acta";
    }
}
