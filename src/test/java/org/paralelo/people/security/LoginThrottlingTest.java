package org.paralelo.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.people.SignInFailuresBurst;
import org.paralelo.people.SignInNoticeService;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.paralelo.support.SignIns;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@ParaleloSpringTest
@RecordApplicationEvents
@Tag("persistence")
class LoginThrottlingTest {

    @Autowired
    ApplicationEvents events;
    @Autowired
    SignInNoticeService notices;
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
    void fifty_five_failures_from_eleven_addresses_never_refuse_the_right_password_from_a_twelfth() {
        String username = People.uniqueUsername("formadora");
        People.create(accounts, username, Role.TRAINER);
        for (int source = 1; source <= 11; source++) {
            String address = "127.0.0." + (source + 1);
            for (int attempt = 0; attempt < 5; attempt++) {
                // Refused either way: checked and wrong, or slowed down once the account is under attack.
                assertThatThrownBy(() -> signIn(username, "adivina", address))
                        .isInstanceOf(AuthenticationException.class);
            }
        }

        assertThat(signIn(username, People.PASSWORD, "127.0.0.13").isAuthenticated()).isTrue();
    }

    @Test
    void a_source_that_keeps_failing_at_an_account_under_attack_is_slowed_even_with_the_right_password() {
        String username = People.uniqueUsername("asediada");
        People.create(accounts, username, Role.LEARNER);
        for (int i = 0; i < 12; i++) {
            String address = "192.0.2." + i;
            assertThatThrownBy(() -> signIn(username, "adivina", address)).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(username, People.PASSWORD, "192.0.2.3"))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(signIn(username, People.PASSWORD, "192.0.2.200").isAuthenticated()).isTrue();
    }

    @Test
    void thirty_five_unknown_usernames_from_an_address_do_not_keep_out_an_account_that_signed_in_there_before() {
        String username = People.uniqueUsername("oficina");
        People.create(accounts, username, Role.ADMIN);
        String office = "203.0.113.90";
        assertThat(signIn(username, People.PASSWORD, office).isAuthenticated()).isTrue();
        for (int i = 0; i < 35; i++) {
            String stranger = "nadie-" + i + "-" + username;
            assertThatThrownBy(() -> signIn(stranger, "adivina", office)).isInstanceOf(AuthenticationException.class);
        }

        assertThat(signIn(username, People.PASSWORD, office).isAuthenticated()).isTrue();
    }

    @Test
    void an_address_trying_many_accounts_is_slowed_for_new_ones_but_never_locked() {
        String username = People.uniqueUsername("recien");
        People.create(accounts, username, Role.LEARNER);
        String nat = "203.0.113.91";
        for (int i = 0; i < 25; i++) {
            String stranger = "otra-" + i + "-" + username;
            assertThatThrownBy(() -> signIn(stranger, "adivina", nat)).isInstanceOf(AuthenticationException.class);
        }

        LoginThrottledException slowed = catchThrowableOfType(LoginThrottledException.class,
                () -> signIn(username, People.PASSWORD, nat));
        assertThat(slowed.retryAfterSeconds()).isPositive().isLessThanOrEqualTo(15 * 60);
        clock.advance(Duration.ofSeconds(slowed.retryAfterSeconds()));

        assertThat(signIn(username, People.PASSWORD, nat).isAuthenticated()).isTrue();
    }

    @Test
    void each_further_failure_doubles_the_wait_up_to_fifteen_minutes() {
        String username = People.uniqueUsername("torpe");
        People.create(accounts, username, Role.LEARNER);
        String address = "203.0.113.92";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> signIn(username, "mal", address)).isInstanceOf(BadCredentialsException.class);
        }
        List<Long> waits = new ArrayList<>();
        for (int round = 0; round < 7; round++) {
            long wait = catchThrowableOfType(LoginThrottledException.class,
                    () -> signIn(username, "mal", address)).retryAfterSeconds();
            waits.add(wait);
            clock.advance(Duration.ofSeconds(wait));
            assertThatThrownBy(() -> signIn(username, "mal", address)).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(waits).containsExactly(30L, 60L, 120L, 240L, 480L, 900L, 900L);
    }

    @Test
    void a_burst_of_failures_leaves_its_owner_one_notice_and_publishes_one_event() {
        String username = People.uniqueUsername("avisada");
        PersonId id = People.create(accounts, username, Role.LEARNER);
        events.clear();
        for (int i = 0; i < 15; i++) {
            String address = "198.18.0." + i;
            assertThatThrownBy(() -> signIn(username, "adivina", address)).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(events.stream(SignInFailuresBurst.class)).singleElement()
                .satisfies(burst -> {
                    assertThat(burst.person()).isEqualTo(id);
                    assertThat(burst.failures()).isEqualTo(10);
                });
        List<SignInNoticeService.FailedSignIns> first = As.user(username, new String[] {"LEARNER"}, () -> notices.takeUnseen());
        assertThat(first).singleElement().extracting(SignInNoticeService.FailedSignIns::failures).isEqualTo(10);
        assertThat(As.user(username, new String[] {"LEARNER"}, () -> notices.takeUnseen())).as("notices already shown").isEmpty();
    }

    @Test
    void failures_for_a_name_that_is_no_account_tell_nobody() {
        events.clear();
        String stranger = "fantasma-" + People.uniqueUsername("x");
        for (int i = 0; i < 12; i++) {
            String address = "198.18.1." + i;
            assertThatThrownBy(() -> signIn(stranger, "adivina", address)).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(events.stream(SignInFailuresBurst.class)).isEmpty();
    }

    @Test
    void failures_by_username_and_by_e_mail_address_count_against_one_account() {
        String username = People.uniqueUsername("ana");
        People.create(accounts, username, Role.LEARNER);
        String address = "203.0.113.88";
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> signIn(username, "adivina", address)).isInstanceOf(BadCredentialsException.class);
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> signIn(username.toUpperCase() + "@EJEMPLO.MX", "adivina", address))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(username, People.PASSWORD, address))
                .isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> signIn(username + "@ejemplo.mx", People.PASSWORD, address))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void names_that_are_no_account_keep_their_own_counts() {
        String ghost = People.uniqueUsername("fantasma");
        String address = "203.0.113.89";
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThatThrownBy(() -> signIn(ghost, "adivina", address)).isInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> signIn(ghost + "@ejemplo.mx", "adivina", address))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(ghost, "adivina", address)).as("a fifth failure of one name is still checked")
                .isInstanceOf(BadCredentialsException.class);
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
        return SignIns.attempt(authentication, username, password, address);
    }
}
