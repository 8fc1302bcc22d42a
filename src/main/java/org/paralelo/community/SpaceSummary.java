package org.paralelo.community;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;

/** A space as listed: its names in both languages, how many threads it has and when someone last posted. */
public record SpaceSummary(SpaceId id, SpaceKind kind, @Nullable CourseId course, String nameEs, String nameEn,
                           String descriptionEs, String descriptionEn, int sortOrder, boolean archived, int threads,
                           @Nullable Instant lastPostAt, long version) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : nameEs;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) && !descriptionEn.isBlank() ? descriptionEn : descriptionEs;
    }
}
