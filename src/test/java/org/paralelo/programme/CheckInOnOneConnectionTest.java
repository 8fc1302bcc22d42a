package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.OneConnectionTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wrong check-in codes are counted ({@link CheckInAttempts}) in transactions of their own, so a refused check-in
 * still counts; they must not wait for a second connection while the check-in's own transaction holds one.
 */
@OneConnectionTest
@Tag("persistence")
class CheckInOnOneConnectionTest {

    private static final String[] LEARNER = {"LEARNER"};

    @Autowired AccountService accounts;
    @Autowired AttendanceService attendance;

    @Test
    void wrong_codes_are_counted_until_the_person_waits_with_one_free_connection() {
        String learner = People.created(accounts, "una-conexion", Role.LEARNER);

        for (int i = 0; i < CheckInAttempts.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> As.user(learner, LEARNER, () -> attendance.checkIn("ZZZZZZ")))
                    .hasMessage("error.programme.check-in.code-unknown");
        }

        assertThatThrownBy(() -> As.user(learner, LEARNER, () -> attendance.checkIn("ZZZZZZ")))
                .hasMessage("error.programme.check-in.too-many");
    }
}
