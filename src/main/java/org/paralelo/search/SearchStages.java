package org.paralelo.search;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the time of a search goes, stage by stage, for the benchmark. Off unless the setting
 * {@code paralelo.search.stages} is {@code true} (the benchmark's context sets it): then each stage adds its time
 * and count to totals that {@link #report} prints and {@link #reset()} clears. Off, a stage costs one field read.
 */
@Component
final class SearchStages {

    enum Stage {
        PARSE("parse the words (once per search)"),
        STRICT_TOP("top-N of the all-words conjunction"),
        TOP("top-N of the best-effort words (fallback, or no conjunction)"),
        COUNT_AND_FACETS("count matches + four facets"),
        SNIPPETS("snippets + stored fields"),
        UNKNOWN_WORDS("unknown-word look-up"),
        CORRECTION("typo pass: finding the correction");

        final String label;

        Stage(String label) {
            this.label = label;
        }
    }

    private final boolean on;
    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final Map<Stage, LongAdder> counts = new EnumMap<>(Stage.class);

    SearchStages(@Value("${paralelo.search.stages:false}") boolean on) {
        this.on = on;
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
            counts.put(stage, new LongAdder());
        }
    }

    long start() {
        return on ? System.nanoTime() : 0;
    }

    void stop(Stage stage, long start) {
        if (on) {
            nanos.get(stage).add(System.nanoTime() - start);
            counts.get(stage).increment();
        }
    }

    /** The work's answer, its time added to the stage. */
    <T> T time(Stage stage, Supplier<T> work) {
        long start = start();
        T answer = work.get();
        stop(stage, start);
        return answer;
    }

    void reset() {
        nanos.values().forEach(LongAdder::reset);
        counts.values().forEach(LongAdder::reset);
    }

    /** Mean milliseconds per search for each stage, given how many searches were run. */
    String report(int searches) {
        StringBuilder out = new StringBuilder();
        for (Stage stage : Stage.values()) {
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %d |%n", stage.label,
                    nanos.get(stage).sum() / 1e6 / Math.max(1, searches), counts.get(stage).sum()));
        }
        return out.toString();
    }
}
