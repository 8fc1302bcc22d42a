package org.paralelo.people;

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
 * Password-reset requests through two app nodes add up: "node B" is a second {@link ResetThrottle} over its own
 * {@link AttemptLog} on this context's DataSource, with the application's default limits (3 mails an hour per
 * inbox, 10 requests an hour per source). Runs on H2 and, with the persistence group, on MariaDB.
 */
@ParaleloSpringTest
@Tag("persistence")
class SharedResetThrottleTest {

    @Autowired
    ResetThrottle nodeA;
    @Autowired
    ApplicationContext app;
    @Autowired
    TestClock clock;

    @Test
    void mails_to_one_inbox_through_two_nodes_add_up_to_three_an_hour() {
        ResetThrottle nodeB = otherNode();
        String email = "nodos-" + System.nanoTime() + "@ejemplo.mx";

        assertThat(nodeA.allowEmail(email)).isTrue();
        assertThat(nodeB.allowEmail(email)).isTrue();
        assertThat(nodeA.allowEmail(email)).isTrue();
        assertThat(nodeB.allowEmail(email)).as("the fourth, on the other node").isFalse();
        clock.advance(ResetThrottle.WINDOW.plusSeconds(1));
        assertThat(nodeB.allowEmail(email)).as("an hour later").isTrue();
    }

    @Test
    void requests_from_one_source_through_two_nodes_add_up_to_ten_an_hour() {
        ResetThrottle nodeB = otherNode();
        String source = "2001:db8::" + Long.toHexString(System.nanoTime() & 0xffffffL).replaceAll("(....)$", ":$1");
        for (int i = 0; i < 5; i++) {
            assertThat(nodeA.allowAddress(source)).isTrue();
            assertThat(nodeB.allowAddress(source)).isTrue();
        }

        assertThat(nodeA.allowAddress(source)).isFalse();
        assertThat(nodeB.allowAddress(source)).isFalse();
    }

    private ResetThrottle otherNode() {
        return new ResetThrottle(SecondNode.attemptLog(app), 10, 3);
    }
}
