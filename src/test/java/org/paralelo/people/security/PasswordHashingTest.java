package org.paralelo.people.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.people.NewAccount;
import org.paralelo.people.Role;
import org.paralelo.people.domain.Person;
import org.paralelo.people.domain.PersonRepository;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

@ParaleloSpringTest
@Tag("persistence")
class PasswordHashingTest {

    private static final Pattern ARGON2 = Pattern.compile(
            "\\{argon2}\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+");

    @Autowired
    AccountService accounts;
    @Autowired
    PersonRepository people;
    @Autowired
    AuthenticationManager authentication;

    @Test
    void stored_hashes_are_argon2id_with_at_least_19_mib_2_iterations_and_1_lane() {
        String username = People.uniqueUsername("hash");
        People.create(accounts, username, Role.LEARNER);

        String stored = people.findByUsername(username).map(Person::getPasswordHash).orElseThrow();
        Matcher parts = ARGON2.matcher(stored);
        assertThat(parts.matches()).as("stored hash %s", stored).isTrue();
        assertThat(Integer.parseInt(parts.group(1))).as("memory KiB").isGreaterThanOrEqualTo(19_456);
        assertThat(Integer.parseInt(parts.group(2))).as("iterations").isGreaterThanOrEqualTo(2);
        assertThat(Integer.parseInt(parts.group(3))).as("parallelism").isEqualTo(1);
        assertThat(stored).doesNotContain(People.PASSWORD);
    }

    @Test
    void a_long_unicode_passphrase_works_for_sign_in() {
        String passphrase = "Ñandú corre por la milpa 🌽 mientras la banda de viento toca en la plaza — ¿sí o no? 2026";
        assertThat(passphrase.codePointCount(0, passphrase.length())).isGreaterThanOrEqualTo(64);
        String username = People.uniqueUsername("frase");
        As.admin(() -> accounts.create(new NewAccount(username, passphrase, Set.of(Role.LEARNER),
                People.profile(username))));

        Authentication signedIn = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, passphrase));

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getName()).isEqualTo(username);
    }

    @Test
    void people_sign_in_with_their_email_in_any_case_too() {
        String username = People.uniqueUsername("correo");
        People.create(accounts, username, Role.LEARNER);

        Authentication signedIn = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                (username + "@EJEMPLO.MX").toUpperCase(), People.PASSWORD));

        assertThat(signedIn.getName()).isEqualTo(username);
    }
}
