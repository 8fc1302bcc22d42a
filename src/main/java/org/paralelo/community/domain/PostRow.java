package org.paralelo.community.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A post as stored: its Markdown and the sanitised HTML made from it when it was written. */
public record PostRow(long id, long threadId, int seq, long authorId, String body, String html,
                      @Nullable Long quotedPostId, @Nullable String stance, int usefulCount, boolean hidden,
                      Instant createdAt, @Nullable Instant editedAt, @Nullable Long editedBy, boolean editedShown,
                      long version) {
}
