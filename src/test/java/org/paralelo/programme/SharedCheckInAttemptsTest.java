package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.AttemptLog;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.SecondNode;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Wrong check-in codes typed through two app nodes add up: "node B" is a second {@link CheckInAttempts} over its own
 * {@link AttemptLog} on this context's DataSource. Runs on H2 and, with the persistence group, on MariaDB.
 */
@ParaleloSpringTest
@Tag("persistence")
class SharedCheckInAttemptsTest {

    @Autowired
    CheckInAttempts nodeA;
    @Autowired
    ApplicationContext app;
    @Autowired
    TestClock clock;

    @Test
    void wrong_codes_on_two_nodes_add_up_to_the_wait_and_it_ends_after_the_window() {
        CheckInAttempts nodeB = new CheckInAttempts(SecondNode.attemptLog(app));
        long person = 900_000_000L + System.nanoTime() % 1_000_000;
        for (int i = 0; i < CheckInAttempts.MAX_FAILURES / 2; i++) {
            nodeA.failed(person);
            nodeB.failed(person);
        }

        assertThat(nodeA.blocked(person)).isTrue();
        assertThat(nodeB.blocked(person)).isTrue();
        clock.advance(CheckInAttempts.WINDOW.plusSeconds(1));
        assertThat(nodeB.blocked(person)).isFalse();
    }

    @Test
    void one_short_of_the_limit_across_nodes_is_not_blocked_and_a_success_on_one_node_forgives_on_both() {
        CheckInAttempts nodeB = new CheckInAttempts(SecondNode.attemptLog(app));
        long person = 800_000_000L + System.nanoTime() % 1_000_000;
        for (int i = 0; i < CheckInAttempts.MAX_FAILURES - 1; i++) {
            (i % 2 == 0 ? nodeA : nodeB).failed(person);
        }
        assertThat(nodeA.blocked(person)).isFalse();

        nodeB.succeeded(person);
        nodeA.failed(person);
        assertThat(nodeB.blocked(person)).as("the count started again").isFalse();
    }
}
