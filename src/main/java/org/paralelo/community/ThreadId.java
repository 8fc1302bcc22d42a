package org.paralelo.community;

/** A thread's id. */
public record ThreadId(long value) {
}
