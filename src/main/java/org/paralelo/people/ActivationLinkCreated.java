package org.paralelo.people;

import java.time.Instant;

/**
 * An activation link was made for an account without a password; the token travels only to the mail. Published
 * inside {@link ActivationLinksCreated}, never alone.
 */
public record ActivationLinkCreated(PersonId person, String token, Instant expiresAt) {
}
