package org.paralelo.interchange;

import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;

/**
 * How to import a package: publish it at once (the sample library does), and optionally the course it updates.
 * Without a target, a package whose code names an existing course updates that course; otherwise it creates one.
 */
public record ImportOptions(boolean publish, @Nullable CourseId target) {

    public static ImportOptions asDraft() {
        return new ImportOptions(false, null);
    }

    public static ImportOptions published() {
        return new ImportOptions(true, null);
    }
}
