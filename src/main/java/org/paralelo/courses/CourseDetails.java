package org.paralelo.courses;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The editable metadata of a course: what the "details" form sends. Topics travel as topic codes. */
public record CourseDetails(String title, String summary, String languageTag, int estimatedHours,
                            Set<String> topicCodes, @Nullable Long coverMediaId) {

    public CourseDetails {
        topicCodes = Set.copyOf(topicCodes);
    }
}
