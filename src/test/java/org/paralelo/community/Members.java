package org.paralelo.community;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.AccountService;
import org.paralelo.people.NewAccount;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileData;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.People;

/** Test members of the Network: an account with a place and fields, and optionally a published profile. */
record Members(AccountService accounts, NetworkProfileService profiles) {

    static final String[] LEARNER = {"LEARNER"};
    static final String[] TRAINER = {"TRAINER"};

    record Member(String username, PersonId id, String[] roles) {
    }

    Member hidden(String prefix, String state, String position, String field) {
        String username = People.uniqueUsername(prefix);
        ProfileData data = new ProfileData("Persona " + username, username + "@ejemplo.mx", "es-MX", state,
                "Municipio de " + prefix, null, position, Set.of(field));
        PersonId id = As.admin(() -> accounts.create(new NewAccount(username, People.PASSWORD, Set.of(Role.LEARNER),
                data)));
        return new Member(username, id, LEARNER);
    }

    Member published(String prefix, String state, String position, String field, @Nullable String city) {
        Member member = hidden(prefix, state, position, field);
        publish(member, city);
        return member;
    }

    Member trainer(String prefix) {
        String username = People.uniqueUsername(prefix);
        PersonId id = People.create(accounts, username, Role.TRAINER);
        return new Member(username, id, TRAINER);
    }

    void publish(Member member, @Nullable String city) {
        As.user(member.username(), member.roles(), () -> {
            NetworkProfile mine = profiles.mine();
            profiles.saveMine(new NetworkProfileDraft(true, "Casa de Cultura", city, "Gestora cultural.",
                    "Experiencia en festivales", "Fondos para talleres"), mine.version());
        });
    }
}
