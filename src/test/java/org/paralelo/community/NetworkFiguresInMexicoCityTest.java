package org.paralelo.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.community.domain.NetworkFiguresStore;
import org.paralelo.support.As;
import org.paralelo.support.InMexicoCity;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The network's figures count posts in a window compared as UTC date-times, as the posts were written, whatever the
 * JVM's zone (a window bound as a java.sql.Timestamp was six hours early in Mexico City).
 */
@ParaleloSpringTest
@Tag("persistence")
class NetworkFiguresInMexicoCityTest {

    @Autowired ApplicationContext application;
    @Autowired ThreadService threads;
    @Autowired NetworkFiguresStore figures;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired TestClock clock;

    @Test
    void a_thread_opened_now_is_counted_in_this_hours_window_while_the_jvm_is_in_mexico_city() {
        SpaceFixture f = SpaceFixture.in(application);
        As.user(f.member, SpaceFixture.LEARNER, () -> threads.open(new NewThread(f.category, ThreadKind.DISCUSSION,
                "Horarios", "¿A qué hora abre la casa de cultura?")));
        Instant now = clock.instant();

        int counted = InMexicoCity.call(transactions, jdbc, () -> figures.threads(now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(1)), List.of(f.memberId.value())));

        assertThat(counted).isEqualTo(1);
    }
}
