package org.paralelo.learning;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.AccountService;
import org.paralelo.people.NewAccount;
import org.paralelo.people.ProfileData;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.People;

/** Learners with a chosen full name (hostile names for the CSV export) and, for filters, a chosen place. */
final class NamedLearners {

    private NamedLearners() {
    }

    static String createNamed(AccountService accounts, String fullName) {
        return createAt(accounts, fullName, "OAX", "Teotitlán del Valle", null, "MUNICIPAL_CULTURE_DIRECTOR");
    }

    /** A learner living in the given state, municipality and region, holding the given position. */
    static String createAt(AccountService accounts, String fullName, String stateCode, String municipality,
                           @Nullable Long regionId, String positionCode) {
        String username = People.uniqueUsername("nombre");
        ProfileData profile = new ProfileData(fullName, username + "@ejemplo.mx", "es-MX", stateCode, municipality,
                regionId, positionCode, Set.of("CRAFTS"));
        As.admin(() -> accounts.create(new NewAccount(username, People.PASSWORD, Set.of(Role.LEARNER), profile)));
        return username;
    }
}
