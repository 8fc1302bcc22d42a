package org.paralelo.people.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The only state sign-in throttling keeps: a count per key that starts again after a quiet {@code window}. One
 * node keeps it in memory ({@link InMemorySignInCounters}); several nodes share an implementation of this interface
 * over the database or a cache, and nothing else changes.
 */
interface SignInCounters {

    /** Adds one to the key and answers the new count; a count whose last increment is older than the window restarts. */
    Count increment(String key, Instant now, Duration window);

    /** The current count, zero if the key is unknown or was quiet for longer than its window. */
    Count read(String key, Instant now);

    void reset(String key);

    /** How often a key was counted, and when last. */
    record Count(int value, Instant last) {
        static final Count NONE = new Count(0, Instant.EPOCH);
    }
}
