package org.paralelo.reporting;

import org.jspecify.annotations.Nullable;

/** Counts of one group of a dashboard table as they are added up, then read as a {@link ReportRow}. */
final class Tally {

    int reached;
    int enrolled;
    int active;
    int completed;
    int certified;
    double quizSum;
    int quizCount;

    void addQuiz(@Nullable Double percent) {
        if (percent != null) {
            quizSum += percent;
            quizCount++;
        }
    }

    void add(Tally other) {
        reached += other.reached;
        enrolled += other.enrolled;
        active += other.active;
        completed += other.completed;
        certified += other.certified;
        quizSum += other.quizSum;
        quizCount += other.quizCount;
    }

    ReportRow row(String key, String label, @Nullable Integer target) {
        return new ReportRow(key, label, reached, target, enrolled, active, completed, certified,
                quizCount == 0 ? null : Math.round(quizSum / quizCount * 10) / 10.0);
    }
}
