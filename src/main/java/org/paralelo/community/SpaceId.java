package org.paralelo.community;

/** A space's id. */
public record SpaceId(long value) {
}
