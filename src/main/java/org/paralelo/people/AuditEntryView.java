package org.paralelo.people;

import java.time.Instant;

/** One line of the audit log: who did what, to what, when, and from which address. */
public record AuditEntryView(long id, Instant at, String actor, AuditAction action, String subject, String source) {
}
