package org.paralelo.community;

/** A post's id. */
public record PostId(long value) {
}
