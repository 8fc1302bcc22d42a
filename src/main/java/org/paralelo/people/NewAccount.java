package org.paralelo.people;

import java.util.Set;

/** What an admin fills in to create an account, or a learner to register. */
public record NewAccount(String username, String password, Set<Role> roles, ProfileData profile) {

    public NewAccount {
        roles = Set.copyOf(roles);
    }
}
