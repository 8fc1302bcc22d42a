package org.paralelo.learning;

import org.jspecify.annotations.Nullable;

/** The signed-in person's group of a course (its name, or null when they have none yet) and where to choose one. */
public record GroupChoice(@Nullable String mine, String path) {
}
