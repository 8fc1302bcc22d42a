package org.paralelo.people.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counters for one node ({@code paralelo.login.counters=memory}): keys forget themselves after their window, so the
 * map does not grow without bound. The default is {@link JdbcSignInCounters}, shared by every node.
 */
@Component
@ConditionalOnProperty(name = "paralelo.login.counters", havingValue = "memory")
class InMemorySignInCounters implements SignInCounters {

    private record Entry(Count count, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    InMemorySignInCounters(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Count increment(String key, Instant now, Duration window) {
        return entries.compute(key, (k, old) -> {
            int before = old == null || !old.expires().isAfter(now) ? 0 : old.count().value();
            return new Entry(new Count(before + 1, now), now.plus(window));
        }).count();
    }

    @Override
    public Count read(String key, Instant now) {
        Entry entry = entries.get(key);
        return entry == null || !entry.expires().isAfter(now) ? Count.NONE : entry.count();
    }

    @Override
    public void reset(String key) {
        entries.remove(key);
    }

    @Scheduled(fixedDelay = 300_000)
    void forgetExpired() {
        Instant now = clock.instant();
        entries.values().removeIf(entry -> !entry.expires().isAfter(now));
    }
}
