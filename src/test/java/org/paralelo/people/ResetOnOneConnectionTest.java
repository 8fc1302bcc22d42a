package org.paralelo.people;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.support.As;
import org.paralelo.support.OneConnectionTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reset request counts itself ({@link ResetThrottle}) in a transaction of its own, so the count survives a refused
 * request; it must not wait for a second connection while the request's own transaction holds one.
 */
@OneConnectionTest
@Tag("persistence")
class ResetOnOneConnectionTest {

    @Autowired AccountService accounts;
    @Autowired PasswordResetService resets;

    @Test
    void reset_requests_are_counted_and_refused_past_the_limit_with_one_free_connection() {
        String learner = People.created(accounts, "una-conexion", Role.LEARNER);
        String source = "10.16.0." + (System.nanoTime() % 250);

        for (int i = 0; i < 10; i++) {
            assertThatCode(() -> request(learner + "@ejemplo.mx", source)).doesNotThrowAnyException();
        }

        assertThatThrownBy(() -> request(learner + "@ejemplo.mx", source)).hasMessage("password-reset.throttled");
    }

    private void request(String email, String source) {
        As.anonymous(() -> {
            resets.requestReset(email, source);
            return null;
        });
    }
}
