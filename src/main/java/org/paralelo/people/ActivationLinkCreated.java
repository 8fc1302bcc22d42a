package org.paralelo.people;

import java.time.Instant;

/** An activation link was made for an account without a password; the token travels only to the mail. */
public record ActivationLinkCreated(PersonId person, String token, Instant expiresAt) {
}
