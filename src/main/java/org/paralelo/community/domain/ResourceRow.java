package org.paralelo.community.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One shared resource as stored; topics and creative fields are comma-separated. */
public record ResourceRow(long id, long authorId, String kind, String status, String title, String summary,
                          String topics, String creativeFields, @Nullable Long regionId, @Nullable String url,
                          @Nullable Long mediaId, @Nullable String body, @Nullable String html,
                          @Nullable String rejectReason, Instant submittedAt, long version) {
}
