package org.paralelo.programme;

import org.paralelo.courses.CourseId;

/**
 * The caller's place in a run: {@code takesPart} for its members and managers (they write in what belongs to the
 * run), {@code manages} for its managers; a coordinator who follows the run has neither and reads only.
 */
public record RunPlace(RunId run, CourseId course, String name, boolean takesPart, boolean manages) {
}
