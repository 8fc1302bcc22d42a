package org.paralelo.programme;

/** What a check-in did: the session, and the mark it gave (present, or late after the grace period). */
public record CheckInResult(SessionId session, String sessionTitle, AttendanceMark mark, boolean already) {
}
