package org.paralelo.search;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where the time of a search goes, stage by stage, for the benchmark. Off unless the system property
 * {@code paralelo.search.stages} is {@code true} or the benchmark turns it on: then each stage adds its time and
 * count to totals that {@link #report} prints and {@link #reset()} clears. Off, a stage costs one field read.
 */
final class SearchStages {

    enum Stage {
        PARSE("parse the words (every pass)"),
        TIER_COUNT("count the all-words tier"),
        TOP("top-N search"),
        COUNT_AND_FACETS("count matches + four facets"),
        SNIPPETS("snippets + stored fields"),
        UNKNOWN_WORDS("unknown-word look-up"),
        CORRECTION("typo pass: finding the correction");

        final String label;

        Stage(String label) {
            this.label = label;
        }
    }

    static volatile boolean on = Boolean.getBoolean("paralelo.search.stages");
    private static final Map<Stage, LongAdder> NANOS = new EnumMap<>(Stage.class);
    private static final Map<Stage, LongAdder> COUNTS = new EnumMap<>(Stage.class);

    static {
        for (Stage stage : Stage.values()) {
            NANOS.put(stage, new LongAdder());
            COUNTS.put(stage, new LongAdder());
        }
    }

    private SearchStages() {
    }

    static long start() {
        return on ? System.nanoTime() : 0;
    }

    static void stop(Stage stage, long start) {
        if (on) {
            NANOS.get(stage).add(System.nanoTime() - start);
            COUNTS.get(stage).increment();
        }
    }

    /** The work's answer, its time added to the stage. */
    static <T> T time(Stage stage, java.util.function.Supplier<T> work) {
        long start = start();
        T answer = work.get();
        stop(stage, start);
        return answer;
    }

    static void reset() {
        NANOS.values().forEach(LongAdder::reset);
        COUNTS.values().forEach(LongAdder::reset);
    }

    /** Mean milliseconds per search for each stage, given how many searches were run. */
    static String report(int searches) {
        StringBuilder out = new StringBuilder();
        for (Stage stage : Stage.values()) {
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %d |%n", stage.label,
                    NANOS.get(stage).sum() / 1e6 / Math.max(1, searches), COUNTS.get(stage).sum()));
        }
        return out.toString();
    }
}
