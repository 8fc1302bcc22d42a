package org.paralelo.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@ParaleloSpringTest
@Tag("persistence")
class LoginThrottlingTest {

    @Autowired
    AuthenticationManager authentication;
    @Autowired
    AccountService accounts;
    @Autowired
    TestClock clock;

    @Test
    void a_hundred_wrong_passwords_never_let_a_guess_through_and_the_owner_still_signs_in() {
        String username = People.uniqueUsername("victima");
        People.create(accounts, username, Role.LEARNER);
        String attacker = "203.0.113.66";
        int refusedWithoutCheck = 0;

        for (int attempt = 1; attempt <= 100; attempt++) {
            // Every tenth guess is the right password: once throttled, even that must fail.
            String guess = attempt % 10 == 0 ? People.PASSWORD : "adivina-" + attempt;
            try {
                signIn(username, guess, attacker);
                throw new AssertionError("guess " + attempt + " was let through");
            } catch (LoginThrottledException throttled) {
                refusedWithoutCheck++;
            } catch (BadCredentialsException wrong) {
                assertThat(attempt).as("attempts checked before throttling").isLessThanOrEqualTo(5);
            }
        }

        assertThat(refusedWithoutCheck).isEqualTo(95);
        assertThat(signIn(username, People.PASSWORD, "198.51.100.7").isAuthenticated()).isTrue();
    }

    @Test
    void a_throttled_address_may_try_again_once_the_window_has_passed() {
        String username = People.uniqueUsername("paciente");
        People.create(accounts, username, Role.LEARNER);
        String address = "203.0.113.77";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> signIn(username, "mal-escrita", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(username, People.PASSWORD, address))
                .isInstanceOf(LoginThrottledException.class);

        clock.advance(Duration.ofMinutes(16));

        assertThat(signIn(username, People.PASSWORD, address).isAuthenticated()).isTrue();
    }

    @Test
    void unknown_accounts_wrong_passwords_and_disabled_accounts_fail_alike() {
        String username = People.uniqueUsername("apagada");
        PersonId id = People.create(accounts, username, Role.LEARNER);
        long version = As.admin(() -> accounts.find(id)).orElseThrow().version();
        As.admin(() -> accounts.setEnabled(id, false, version));

        AuthenticationException unknown = failure("nadie-" + username, People.PASSWORD);
        AuthenticationException wrong = failure(People.uniqueUsername("x"), "otra-cosa-123");
        AuthenticationException disabled = failure(username, People.PASSWORD);

        assertThat(unknown).isInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
        assertThat(wrong).isInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
        assertThat(disabled).isInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
    }

    @Test
    void many_addresses_hammering_one_account_are_throttled_per_account() {
        String username = People.uniqueUsername("objetivo");
        People.create(accounts, username, Role.LEARNER);
        for (int i = 0; i < 50; i++) {
            String address = "192.0.2." + i;
            assertThatThrownBy(() -> signIn(username, "adivina", address)).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(username, People.PASSWORD, "192.0.2.200"))
                .isInstanceOf(LoginThrottledException.class);
    }

    private AuthenticationException failure(String username, String password) {
        try {
            signIn(username, password, "198.51.100.99");
        } catch (AuthenticationException failed) {
            return failed;
        }
        throw new AssertionError("sign-in unexpectedly succeeded");
    }

    private Authentication signIn(String username, String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return authentication.authenticate(attempt);
    }
}
