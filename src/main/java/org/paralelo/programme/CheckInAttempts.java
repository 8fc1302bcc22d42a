package org.paralelo.programme;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Wrong check-in codes per person: after {@value #MAX_FAILURES} within {@link #WINDOW} the person waits, so codes
 * (31^6, about 900 million) cannot be tried in bulk. Kept in memory: a restart forgives, which costs nothing here.
 */
@Component
class CheckInAttempts {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<Long, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    CheckInAttempts(Clock clock) {
        this.clock = clock;
    }

    boolean blocked(long person) {
        Deque<Instant> mine = failures.get(person);
        if (mine == null) {
            return false;
        }
        synchronized (mine) {
            prune(mine);
            return mine.size() >= MAX_FAILURES;
        }
    }

    void failed(long person) {
        Deque<Instant> mine = failures.computeIfAbsent(person, key -> new ArrayDeque<>());
        synchronized (mine) {
            prune(mine);
            mine.addLast(clock.instant());
        }
    }

    void succeeded(long person) {
        failures.remove(person);
    }

    private void prune(Deque<Instant> mine) {
        Instant oldest = clock.instant().minus(WINDOW);
        while (!mine.isEmpty() && mine.peekFirst().isBefore(oldest)) {
            mine.removeFirst();
        }
    }
}
