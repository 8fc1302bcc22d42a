package org.paralelo.learning;

import java.util.Set;
import org.paralelo.people.AccountService;
import org.paralelo.people.NewAccount;
import org.paralelo.people.ProfileData;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.People;

/** Learners with a chosen full name (hostile names for the CSV export). */
final class NamedLearners {

    private NamedLearners() {
    }

    static String createNamed(AccountService accounts, String fullName) {
        String username = People.uniqueUsername("nombre");
        ProfileData profile = new ProfileData(fullName, username + "@ejemplo.mx", "es-MX", "OAX",
                "Teotitlán del Valle", null, "MUNICIPAL_CULTURE_DIRECTOR", Set.of("CRAFTS"));
        As.admin(() -> accounts.create(new NewAccount(username, People.PASSWORD, Set.of(Role.LEARNER), profile)));
        return username;
    }
}
