package org.paralelo.search;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Wakes this node's {@link ChangeFollower} right after a local commit, so a node reads its own changes at once. */
@Component
class ChangeSignal {

    private final Semaphore wakeups = new Semaphore(0);

    void wake() {
        wakeups.release();
    }

    /** Waits for a wake-up or the timeout, whichever comes first; swallows the wake-ups that piled up meanwhile. */
    void await(long millis) throws InterruptedException {
        if (wakeups.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
            wakeups.drainPermits();
        }
    }
}
