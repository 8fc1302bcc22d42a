package org.paralelo.base;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * First-start tasks (the administrator, the sample library, the sample run) check what exists and then create it.
 * Two nodes starting together would both see nothing and both create; so each task runs alone cluster-wide: a node
 * that finds the task's lock taken waits for it, then runs the task, which by then finds everything there. A node
 * that dies holding the lock frees it after {@link #HELD_AT_MOST}.
 */
@Component
public class FirstStartLock {

    private static final Duration HELD_AT_MOST = Duration.ofMinutes(30);
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(FirstStartLock.class);

    private final LockProvider locks;

    FirstStartLock(LockProvider locks) {
        this.locks = locks;
    }

    public <T> T alone(String task, Supplier<T> work) {
        String name = "first-start-" + task;
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), name, HELD_AT_MOST, Duration.ZERO));
        if (lock.isEmpty()) {
            log.info("Another node is running the first-start task {}; waiting for it", task);
        }
        while (lock.isEmpty()) {
            try {
                Thread.sleep(RETRY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for first-start task " + task, e);
            }
            lock = locks.lock(new LockConfiguration(Instant.now(), name, HELD_AT_MOST, Duration.ZERO));
        }
        try {
            return work.get();
        } finally {
            lock.get().unlock();
        }
    }
}
