package org.paralelo.people.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.paralelo.people.security.SignInCounters.Count;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock someone else out (OWASP ASVS 2.2, NIST SP 800-63B
 * §5.2.2). Three counts of failures, each with a few free tries and then a delay that doubles up to a cap:
 * <ul>
 * <li>account and source together: the one that stops guessing at one account from one place;</li>
 * <li>source, across accounts: slows a source trying many accounts, but not for an account that has signed in
 * from that source before, so a stranger cannot keep its owner out from their usual office;</li>
 * <li>account, across sources: slows only sources that are failing themselves, so the right password from a
 * source that has not been failing is always checked.</li>
 * </ul>
 * An attempt during a delay is refused before the password is checked and does not count. Counts live behind
 * {@link SignInCounters}, so several nodes can share them.
 */
@Component
class LoginThrottle {

    private static final Duration KNOWN_SOURCE_MEMORY = Duration.ofDays(90);

    private final SignInCounters counters;
    private final Clock clock;
    private final Duration window;
    private final Duration maxDelay;
    private final Rule pair;
    private final Rule source;
    private final Rule account;
    private final int burst;

    LoginThrottle(SignInCounters counters, Clock clock,
                  @Value("${paralelo.login.window:1h}") Duration window,
                  @Value("${paralelo.login.max-delay:15m}") Duration maxDelay,
                  @Value("${paralelo.login.free-failures-per-account-and-source:5}") int freePerPair,
                  @Value("${paralelo.login.free-failures-per-source:20}") int freePerSource,
                  @Value("${paralelo.login.free-failures-per-account:10}") int freePerAccount,
                  @Value("${paralelo.login.first-delay:30s}") Duration firstDelay,
                  @Value("${paralelo.login.burst-notice-after:10}") int burst) {
        this.counters = counters;
        this.clock = clock;
        this.window = window;
        this.maxDelay = maxDelay;
        this.pair = new Rule(freePerPair, firstDelay);
        this.source = new Rule(freePerSource, firstDelay);
        this.account = new Rule(freePerAccount, firstDelay);
        this.burst = burst;
    }

    /** How long this source must still wait before a password for this account is checked; empty: check it now. */
    Optional<Duration> waitBefore(String accountName, String sourceAddress) {
        Instant now = clock.instant();
        Duration wait = pair.remaining(counters.read(pairKey(accountName, sourceAddress), now), now);
        if (!known(accountName, sourceAddress, now)) {
            wait = max(wait, source.remaining(counters.read(sourceKey(sourceAddress), now), now));
            if (counters.read(sourceKey(sourceAddress), now).value() > 0) {
                wait = max(wait, account.remaining(counters.read(accountKey(accountName), now), now));
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /**
     * Counts a wrong password (or unknown account). Answers the account's failures across sources when they have
     * just reached the burst size its owner is told about, otherwise empty: exactly once per burst.
     */
    Optional<Count> recordFailure(String accountName, String sourceAddress) {
        Instant now = clock.instant();
        counters.increment(pairKey(accountName, sourceAddress), now, window);
        counters.increment(sourceKey(sourceAddress), now, window);
        Count failures = counters.increment(accountKey(accountName), now, window);
        return failures.value() == burst ? Optional.of(failures) : Optional.empty();
    }

    /** A successful sign-in forgives that source's earlier typos and makes it a known source for the account. */
    void recordSuccess(String accountName, String sourceAddress) {
        counters.reset(pairKey(accountName, sourceAddress));
        counters.increment(knownKey(accountName, sourceAddress), clock.instant(), KNOWN_SOURCE_MEMORY);
    }

    private boolean known(String accountName, String sourceAddress, Instant now) {
        return counters.read(knownKey(accountName, sourceAddress), now).value() > 0;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pairKey(String accountName, String sourceAddress) {
        return "a+s:" + accountName + "|" + sourceAddress;
    }

    private static String sourceKey(String sourceAddress) {
        return "s:" + sourceAddress;
    }

    private static String accountKey(String accountName) {
        return "a:" + accountName;
    }

    private static String knownKey(String accountName, String sourceAddress) {
        return "ok:" + accountName + "|" + sourceAddress;
    }

    /** Free failures, then a delay after the last failure that doubles with each further one, up to the cap. */
    private final class Rule {
        private final int free;
        private final Duration first;

        Rule(int free, Duration first) {
            this.free = free;
            this.first = first;
        }

        Duration remaining(Count failures, Instant now) {
            if (failures.value() < free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures.value() - free, 20);
            Duration delay = first.multipliedBy(1L << doublings);
            if (delay.compareTo(maxDelay) > 0) {
                delay = maxDelay;
            }
            Duration left = Duration.between(now, failures.last().plus(delay));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }
}
