package org.paralelo.community;

import org.jspecify.annotations.Nullable;

/** A reply, optionally quoting another post and, in a debate, taking a position. */
public record NewReply(ThreadId thread, String body, @Nullable PostId quoted, @Nullable DebateStance stance) {
}
