package org.paralelo.community.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A space as stored: a network-wide category ({@code courseId} and {@code runId} null), a course's or a run's space. */
public record SpaceRow(long id, String kind, @Nullable Long courseId, @Nullable String slug, String nameEs,
                       String nameEn, String descriptionEs, String descriptionEn, int sortOrder, boolean archived,
                       int threadCount, @Nullable Instant lastPostAt, long version, @Nullable Long runId) {
}
