package org.paralelo.community.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A thread as stored; {@code postCount} counts replies (seq 1 to postCount), the opening post is seq 0. */
public record ThreadRow(long id, long spaceId, String kind, String title, long authorId, boolean pinned,
                        boolean closed, boolean hidden, @Nullable Long answerPostId, int postCount,
                        Instant createdAt, Instant lastPostAt, long version) {
}
