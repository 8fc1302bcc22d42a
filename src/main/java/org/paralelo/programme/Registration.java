package org.paralelo.programme;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.PersonRef;

/** A person's registration for a session; {@code waitPosition} counts from 1 on the wait list, else null. */
public record Registration(SessionId session, PersonRef person, RegistrationStatus status, Instant requestedAt,
                           @Nullable Integer waitPosition) {
}
