package org.paralelo.courses;

import java.time.Instant;
import java.util.List;

/** One line of a course's version history; {@code changes} are message keys, some with "|detail". */
public record VersionInfo(int number, Instant publishedAt, String publishedBy, List<String> changes,
                          boolean current) {
}
