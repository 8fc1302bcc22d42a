package org.paralelo.support;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A JVM's live objects by class, as {@code jcmd <pid> GC.class_histogram} prints them (it collects fully first), for
 * the heap benchmarks: class name to {instances, bytes}; a name loaded by two class loaders counts once, summed.
 */
public final class ClassHistogram {

    private ClassHistogram() {
    }

    /** The rows of a class histogram ({@code "  12:  345  6789  some.Class (module)"}); other lines are skipped. */
    public static Map<String, long[]> parse(String text) {
        Map<String, long[]> classes = new HashMap<>();
        text.lines().map(line -> line.trim().split("\\s+")).filter(row -> row.length >= 4 && row[0].endsWith(":"))
                .forEach(row -> classes.merge(row[3], new long[] {Long.parseLong(row[1]), Long.parseLong(row[2])},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}));
        return classes;
    }

    /** Bytes of all live objects. */
    public static long bytes(Map<String, long[]> classes) {
        return classes.values().stream().mapToLong(row -> row[1]).sum();
    }

    /** Classes by growth in bytes from one histogram to the next, largest first: {instances, bytes} added. */
    public static Stream<Map.Entry<String, long[]>> growth(Map<String, long[]> before, Map<String, long[]> after) {
        return after.entrySet().stream().map(e -> {
            long[] was = before.getOrDefault(e.getKey(), new long[2]);
            return Map.entry(e.getKey(), new long[] {e.getValue()[0] - was[0], e.getValue()[1] - was[1]});
        }).sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed());
    }
}
