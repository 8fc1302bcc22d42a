package org.paralelo.assessment;

import java.time.Instant;

/** The server's acknowledgement of a saved answer: the same answer sent twice keeps the same revision. */
public record SavedAnswer(long attemptId, String questionKey, int revision, Instant savedAt) {
}
