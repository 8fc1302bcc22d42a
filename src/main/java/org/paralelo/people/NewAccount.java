package org.paralelo.people;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an admin fills in to create an account, or a learner to register. No password for an account its owner
 * activates through a link.
 */
public record NewAccount(String username, @Nullable String password, Set<Role> roles, ProfileData profile) {

    public NewAccount {
        roles = Set.copyOf(roles);
    }
}
