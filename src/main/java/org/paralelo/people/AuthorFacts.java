package org.paralelo.people;

import java.time.Instant;
import java.util.Set;

/**
 * What the community module needs about someone who posts or is mentioned: name and username (shown beside every
 * post), roles (admins read every space), when the account was created (new members post under tighter limits)
 * and whether it is enabled.
 */
public record AuthorFacts(PersonId id, String fullName, String username, Set<Role> roles, Instant memberSince,
                          boolean enabled) {

    public AuthorFacts {
        roles = Set.copyOf(roles);
    }
}
