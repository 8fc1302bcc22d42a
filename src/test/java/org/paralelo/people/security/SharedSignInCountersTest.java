package org.paralelo.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.paralelo.support.SignIns;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.WebApplicationContext;

/**
 * Two app nodes share only the database. "Node A" is this test's application; "node B" is a second throttle over
 * its own {@link JdbcSignInCounters} on the same DataSource, which is everything a second node's throttle is made
 * of. A second full context is not started: it would share this one's data directory and search index lock, and
 * cost a minute of the two cores for nothing the throttle reads.
 */
@ParaleloSpringTest
@Tag("persistence")
class SharedSignInCountersTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TestClock clock;
    @Autowired
    AuthenticationManager authentication;
    @Autowired
    AccountService accounts;
    @Autowired
    WebApplicationContext web;

    @Test
    void failures_through_one_node_slow_the_same_source_on_the_other() {
        String username = People.uniqueUsername("nodos");
        People.create(accounts, username, Role.TRAINER);
        LoginThrottle nodeB = otherNode();
        for (int attempt = 0; attempt < 5; attempt++) {
            nodeB.recordFailure(username, "203.0.113.91");
        }

        assertThatThrownBy(() -> SignIns.attempt(authentication, username, People.PASSWORD, "203.0.113.91"))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(SignIns.attempt(authentication, username, People.PASSWORD, "198.51.100.92").isAuthenticated())
                .as("the right password from a source that has not been failing").isTrue();
    }

    @Test
    void the_api_answers_429_with_retry_after_for_failures_counted_on_another_node() throws Exception {
        String username = People.uniqueUsername("api-nodos");
        People.create(accounts, username, Role.TRAINER);
        LoginThrottle nodeB = otherNode();
        for (int attempt = 0; attempt < 5; attempt++) {
            nodeB.recordFailure(username, "198.51.100.93");
        }
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();

        MockHttpServletResponse slowed = mvc.perform(get("/api/search").param("q", "x")
                .with(httpBasic(username, People.PASSWORD))
                .with(request -> { request.setRemoteAddr("198.51.100.93"); return request; }))
                .andReturn().getResponse();

        assertThat(slowed.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(slowed.getHeader("Retry-After"))).isBetween(1L, 30L);
    }

    @Test
    void two_nodes_counting_the_same_key_at_once_lose_no_increment() throws Exception {
        String key = "a:concurrente-" + System.nanoTime();
        List<JdbcSignInCounters> nodes = List.of(counters(100_000), counters(100_000));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            JdbcSignInCounters node = nodes.get(thread % 2);
            done.add(threads.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    node.increment(key, clock.instant(), Duration.ofHours(1));
                }
            }));
        }
        for (Future<?> each : done) {
            each.get();
        }
        threads.shutdown();

        assertThat(nodes.get(0).read(key, clock.instant()).value()).isEqualTo(100);
        assertThat(nodes.get(1).read(key, clock.instant()).value()).isEqualTo(100);
    }

    @Test
    void a_count_restarts_after_its_window_and_expired_rows_are_deleted() {
        JdbcSignInCounters counters = counters(100_000);
        String key = "s:ventana-" + System.nanoTime();
        Instant twoHoursAgo = clock.instant().minus(Duration.ofHours(2));
        counters.increment(key, twoHoursAgo, Duration.ofHours(1));
        counters.increment(key, twoHoursAgo, Duration.ofHours(1));

        assertThat(counters.read(key, clock.instant()).value()).isZero();
        counters.forgetExpired();
        assertThat(rowExists(key)).isFalse();
        assertThat(counters.increment(key, clock.instant(), Duration.ofHours(1)).value()).isEqualTo(1);
    }

    @Test
    void a_flood_of_single_failures_is_cut_to_the_cap_keeping_counts_that_slow_someone_down() {
        String run = "flood-" + System.nanoTime() + "-";
        JdbcSignInCounters writer = counters(100_000);
        Instant now = clock.instant();
        writer.increment(run + "repeated", now, Duration.ofSeconds(50));
        writer.increment(run + "repeated", now, Duration.ofSeconds(50));
        for (int i = 0; i < 30; i++) {
            writer.increment(run + i, now, Duration.ofSeconds(60 + i));
        }
        long rows = jdbc.sql("select count(*) from sign_in_counter").query(Long.class).single();

        counters((int) rows - 10).forgetExpired();

        assertThat(rowExists(run + "repeated")).as("two failures expiring first").isTrue();
        for (int i = 0; i < 30; i++) {
            assertThat(rowExists(run + i)).as("single failure %d", i).isEqualTo(i >= 10);
        }
    }

    private boolean rowExists(String key) {
        return jdbc.sql("select count(*) from sign_in_counter where counter_key = :key")
                .param("key", JdbcSignInCounters.hash(key)).query(Long.class).single() > 0;
    }

    private JdbcSignInCounters counters(int maxRows) {
        return new JdbcSignInCounters(jdbc, transactions, clock, maxRows);
    }

    /** The throttle as the application configures it by default, over a second node's counters. */
    private LoginThrottle otherNode() {
        return new LoginThrottle(counters(100_000), clock, Duration.ofHours(1), Duration.ofMinutes(15), 5, 20, 10,
                Duration.ofSeconds(30), 10);
    }
}
