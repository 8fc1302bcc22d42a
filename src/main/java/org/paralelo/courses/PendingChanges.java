package org.paralelo.courses;

import java.util.List;

/**
 * What publishing the draft now would change for learners, as change lines like the history's
 * ({@code history.item-added|Título}). Quiz questions live in assessment and are not compared here, so a course
 * with quizzes always has something it may publish.
 */
public record PendingChanges(boolean firstVersion, boolean visible, List<String> lines, boolean hasQuizzes) {

    public PendingChanges {
        lines = List.copyOf(lines);
    }

    /** The draft equals the version learners see: publishing would add an identical version. */
    public boolean nothingToPublish() {
        return !firstVersion && visible && lines.isEmpty() && !hasQuizzes;
    }
}
