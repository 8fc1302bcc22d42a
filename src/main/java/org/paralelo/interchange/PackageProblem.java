package org.paralelo.interchange;

/**
 * Something found while reading a course package: the file and line it concerns (line 0 when it is about the
 * whole file or the whole package), a message key ({@code interchange.package.…}, a GIFT key, or the model's own
 * {@code error.…} key) and a detail shown with it (a name, a value or an excerpt).
 */
public record PackageProblem(String file, int line, String messageKey, String detail) {

    public PackageProblem {
        file = file == null ? "" : file;
        detail = detail == null ? "" : detail;
    }

    /** {@code lessons/01-intro.md:12}, {@code course.yaml}, or empty for the package as a whole. */
    public String where() {
        return file.isEmpty() ? "" : line > 0 ? file + ":" + line : file;
    }
}
