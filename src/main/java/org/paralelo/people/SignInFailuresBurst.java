package org.paralelo.people;

import java.time.Instant;

/**
 * Published after a burst of failed sign-ins on an existing account, once per burst, so its owner can be told
 * (an in-app notice now; mail once notifications listen). Carries no source address: the owner needs to know that
 * it happened, an attacker's address belongs in the audit log.
 */
public record SignInFailuresBurst(PersonId person, int failures, Instant at) {
}
