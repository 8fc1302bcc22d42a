package org.paralelo.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * A clock that follows real time until a test moves it forward or stops it ({@link #freeze}). Every test starts at real time again
 * ({@link Reset}): a context is shared by many test classes, and one that moved days ahead must not close another's
 * quiz or age another's members.
 */
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile @Nullable Instant frozen;

    public void advance(Duration amount) {
        offset = offset.plus(amount);
    }

    /**
     * Stops the clock where it reads now: everything happens in the same instant (to the nanosecond) until a test
     * moves it ({@link #advance}) or it is {@linkplain #reset reset}.
     */
    public void freeze() {
        frozen = instant();
        offset = Duration.ZERO;
    }

    /** Back to real time. */
    public void reset() {
        frozen = null;
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant stopped = frozen;
        return (stopped != null ? stopped : Instant.now()).plus(offset);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    /** Puts the context's test clock back to real time before each test method. */
    public static class Reset implements TestExecutionListener {

        @Override
        public void beforeTestMethod(TestContext testContext) {
            testContext.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
        }
    }
}
