package org.paralelo.community;

/** A thread to open: for a debate, the title is its question and the body frames it. */
public record NewThread(SpaceId space, ThreadKind kind, String title, String body) {
}
