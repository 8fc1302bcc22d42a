package org.paralelo.community;

/** A shared resource's id. */
public record ResourceId(long value) {
}
