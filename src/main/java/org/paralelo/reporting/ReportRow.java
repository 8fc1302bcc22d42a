package org.paralelo.reporting;

import org.jspecify.annotations.Nullable;

/**
 * One line of a dashboard table. For groups (a region, a course, a position): how many people were reached (enrolled
 * in at least one course by the end of the period), the target if one is set, how many enrolled during the period,
 * were active in the 30 days before its end, completed a course and were certified during it, and the average quiz
 * result (percent). For one person the same columns count their courses. {@code key} identifies the group for
 * drilling down and exports (a region id, a state code, a municipality, a person id, a course id).
 */
public record ReportRow(String key, String label, int reached, @Nullable Integer target, int enrolled, int active,
                        int completed, int certified, @Nullable Double quizAverage) {

    /** Reached as a percentage of the target, or null without a target. */
    public @Nullable Integer percentOfTarget() {
        return target == null || target == 0 ? null : (int) Math.round(100.0 * reached / target);
    }
}
