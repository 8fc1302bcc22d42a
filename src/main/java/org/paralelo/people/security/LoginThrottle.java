package org.paralelo.people.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in three token buckets: per account and address, per address, and per account. While
 * any bucket is empty every attempt is refused before the password is checked, so a correct guess made while
 * throttled still fails. The tight bucket is per account <em>and</em> address: an attacker hammering one account
 * does not lock its owner out of their own device. Buckets refill over the window.
 */
@Component
class LoginThrottle {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;
    private final Duration window;
    private final int perAccountAndAddress;
    private final int perAddress;
    private final int perAccount;

    LoginThrottle(Clock clock,
                  @Value("${paralelo.login.window:15m}") Duration window,
                  @Value("${paralelo.login.max-failures-per-account-and-address:5}") int perAccountAndAddress,
                  @Value("${paralelo.login.max-failures-per-address:30}") int perAddress,
                  @Value("${paralelo.login.max-failures-per-account:50}") int perAccount) {
        this.time = new ClockTimeMeter(clock);
        this.window = window;
        this.perAccountAndAddress = perAccountAndAddress;
        this.perAddress = perAddress;
        this.perAccount = perAccount;
    }

    boolean isBlocked(String account, String address) {
        return empty(accountAndAddressKey(account, address))
                || empty(addressKey(address))
                || empty(accountKey(account));
    }

    void recordFailure(String account, String address) {
        bucket(accountAndAddressKey(account, address), perAccountAndAddress).tryConsume(1);
        bucket(addressKey(address), perAddress).tryConsume(1);
        bucket(accountKey(account), perAccount).tryConsume(1);
    }

    /** A successful sign-in forgives that device's earlier typos. */
    void recordSuccess(String account, String address) {
        buckets.remove(accountAndAddressKey(account, address));
    }

    /** Drops buckets that have refilled completely, so the map does not grow without bound. */
    @Scheduled(fixedDelay = 300_000)
    void forgetRefilled() {
        buckets.entrySet().removeIf(entry -> entry.getValue().getAvailableTokens() >= capacityOf(entry.getKey()));
    }

    private boolean empty(String key) {
        Bucket bucket = buckets.get(key);
        return bucket != null && bucket.getAvailableTokens() < 1;
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .withCustomTimePrecision(time)
                .build());
    }

    private int capacityOf(String key) {
        return key.startsWith("a+i:") ? perAccountAndAddress : key.startsWith("i:") ? perAddress : perAccount;
    }

    private static String accountAndAddressKey(String account, String address) {
        return "a+i:" + account + "|" + address;
    }

    private static String addressKey(String address) {
        return "i:" + address;
    }

    private static String accountKey(String account) {
        return "a:" + account;
    }

    /** Lets tests move time with the application clock instead of sleeping. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            return Duration.ofMillis(clock.millis()).toNanos();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
