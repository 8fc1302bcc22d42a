package org.paralelo.people;

import java.time.Instant;

/**
 * Someone asked to reset the password of this account. Carries the one-time token because only the mail may
 * hold it (the database keeps its hash); the event row is deleted once the mail is queued.
 */
public record PasswordResetRequested(PersonId person, String token, Instant expiresAt) {
}
