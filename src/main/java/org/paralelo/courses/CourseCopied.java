package org.paralelo.courses;

import java.util.Map;

/**
 * A course was copied into a new draft. Items got new keys ({@code itemKeys}: original key to copy's key), so
 * modules that keep data per item (quizzes) copy theirs. Listeners run before the copy commits.
 */
public record CourseCopied(CourseId source, CourseId copy, Map<String, String> itemKeys) {

    public CourseCopied {
        itemKeys = Map.copyOf(itemKeys);
    }
}
