package org.paralelo.people;

import java.time.Instant;

/** An activation link to hand out (or that was mailed): whose, the full address, and until when it works. */
public record ActivationLink(PersonId person, String username, String fullName, String link, Instant expiresAt) {
}
