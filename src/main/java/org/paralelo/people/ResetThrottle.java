package org.paralelo.people;

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
 * Limits password-reset requests: per source address (someone probing many addresses) and per e-mail address
 * (someone flooding one person's inbox). Both count every request, known address or not, so the limit itself
 * says nothing about which accounts exist.
 */
@Component
class ResetThrottle {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;
    private final int perAddress;
    private final int perEmail;

    ResetThrottle(Clock clock,
                  @Value("${paralelo.password-reset.max-per-address:10}") int perAddress,
                  @Value("${paralelo.password-reset.max-per-email:3}") int perEmail) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return Duration.ofMillis(clock.millis()).toNanos();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.perAddress = perAddress;
        this.perEmail = perEmail;
    }

    /** Whether this source may ask at all; counts the request. */
    boolean allowAddress(String address) {
        return bucket("i:" + address, perAddress).tryConsume(1);
    }

    /** Whether a mail may go to this address now; counts the request. */
    boolean allowEmail(String email) {
        return bucket("e:" + email, perEmail).tryConsume(1);
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetRefilled() {
        buckets.entrySet().removeIf(entry -> entry.getValue().getAvailableTokens()
                >= (entry.getKey().startsWith("i:") ? perAddress : perEmail));
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, WINDOW).build())
                .withCustomTimePrecision(time)
                .build());
    }
}
