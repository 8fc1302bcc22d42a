package org.paralelo.courses;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A course as listed in catalogues and home screens. */
public record CourseCard(CourseId id, String title, String summary, Locale language, int estimatedHours,
                         List<String> topicCodes, int lessonCount, CourseState state, @Nullable Long coverMediaId) {
}
