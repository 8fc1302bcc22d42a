package org.paralelo.programme;

/** Identifies an on-site session across modules. */
public record SessionId(long value) {
}
