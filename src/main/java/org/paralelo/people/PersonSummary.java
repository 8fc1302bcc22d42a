package org.paralelo.people;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One row of the people list. */
public record PersonSummary(
        PersonId id,
        String username,
        String fullName,
        String email,
        Set<Role> roles,
        boolean enabled,
        @Nullable MexicanState state,
        @Nullable String municipality,
        @Nullable String regionName,
        long version) {
}
