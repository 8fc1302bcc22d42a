package org.paralelo.programme;

/** The id of a debate-workshop series. */
public record SeriesId(long value) {
}
