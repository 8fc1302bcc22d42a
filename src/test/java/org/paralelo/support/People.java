package org.paralelo.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.paralelo.people.AccountService;
import org.paralelo.people.NewAccount;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileData;
import org.paralelo.people.Role;

/**
 * Test accounts with unique names, so tests can share one database (H2 or MariaDB) without colliding.
 */
public final class People {

    public static final String PASSWORD = "una-frase-segura-123";
    private static final AtomicInteger counter = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private People() {
    }

    public static String uniqueUsername(String prefix) {
        return prefix + "-" + RUN + "-" + counter.incrementAndGet();
    }

    public static ProfileData profile(String username) {
        return new ProfileData("María " + username, username + "@ejemplo.mx", "es-MX", "OAX", "Teotitlán del Valle",
                null, "MUNICIPAL_CULTURE_DIRECTOR", Set.of("CRAFTS"));
    }

    public static NewAccount account(String username, Role... roles) {
        return new NewAccount(username, PASSWORD, Set.of(roles), profile(username));
    }

    /** Creates an account through the real service, as the administrator. */
    public static PersonId create(AccountService accounts, String username, Role... roles) {
        return As.admin(() -> accounts.create(account(username, roles)));
    }

    /** Creates an account with a unique name made from {@code prefix}, as {@link #create}; returns the username. */
    public static String created(AccountService accounts, String prefix, Role... roles) {
        String username = uniqueUsername(prefix);
        create(accounts, username, roles);
        return username;
    }

    /** A new learner whose profile asks for this language ({@code es-MX}, {@code en}); returns the username. */
    public static String learnerSpeaking(AccountService accounts, String prefix, String language) {
        String username = uniqueUsername(prefix);
        ProfileData base = profile(username);
        ProfileData profile = new ProfileData(base.fullName(), base.email(), language, base.stateCode(),
                base.municipality(), null, base.positionCode(), base.creativeFieldCodes());
        As.admin(() -> accounts.create(new NewAccount(username, PASSWORD, Set.of(Role.LEARNER), profile)));
        return username;
    }
}
