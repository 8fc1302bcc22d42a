package org.paralelo.programme;

import java.time.Duration;
import org.paralelo.base.AttemptLog;
import org.springframework.stereotype.Component;

/**
 * Wrong check-in codes per person: after {@value #MAX_FAILURES} within {@link #WINDOW} the person waits, so codes
 * (31^6, about 900 million) cannot be tried in bulk. Counted in the database ({@link AttemptLog}), so wrong codes
 * typed through any app node add up.
 */
@Component
class CheckInAttempts {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final AttemptLog log;

    CheckInAttempts(AttemptLog log) {
        this.log = log;
    }

    boolean blocked(long person) {
        return log.countWithin(key(person), WINDOW) >= MAX_FAILURES;
    }

    void failed(long person) {
        log.record(key(person), WINDOW);
    }

    void succeeded(long person) {
        log.forget(key(person));
    }

    private static String key(long person) {
        return "check-in:" + person;
    }
}
