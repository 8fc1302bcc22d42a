package org.paralelo.interchange;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What reading a package gave: the package (absent when it could not be understood at all), errors, warnings. */
public record PackageRead(@Nullable CoursePackage coursePackage, List<PackageProblem> errors,
                          List<PackageProblem> warnings) {

    public PackageRead {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return coursePackage != null && errors.isEmpty();
    }
}
