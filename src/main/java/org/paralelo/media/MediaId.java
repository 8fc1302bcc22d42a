package org.paralelo.media;

/** Identifies one stored upload across modules. */
public record MediaId(long value) {
}
