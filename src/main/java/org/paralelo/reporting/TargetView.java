package org.paralelo.reporting;

import org.jspecify.annotations.Nullable;

/** A target: people of an audience to reach, overall ({@code regionId} null) or in one region. */
public record TargetView(Audience audience, @Nullable Long regionId, int target, long version) {
}
