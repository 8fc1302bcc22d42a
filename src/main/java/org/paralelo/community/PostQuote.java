package org.paralelo.community;

/** The reply a post answers, shown above it: who wrote it and how it starts, as plain text. */
public record PostQuote(PostId id, int seq, String authorName, String excerpt) {
}
