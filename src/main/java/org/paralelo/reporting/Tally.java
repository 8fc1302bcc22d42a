package org.paralelo.reporting;

import org.jspecify.annotations.Nullable;
import org.paralelo.reporting.domain.ProgressGroups;

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

    static Tally of(ProgressGroups.Sums sums) {
        Tally tally = new Tally();
        tally.reached = sums.reached();
        tally.enrolled = sums.enrolled();
        tally.active = sums.active();
        tally.completed = sums.completed();
        tally.certified = sums.certified();
        tally.quizSum = sums.quizSum();
        tally.quizCount = sums.quizCount();
        return tally;
    }

    void subtract(Tally other) {
        reached -= other.reached;
        enrolled -= other.enrolled;
        active -= other.active;
        completed -= other.completed;
        certified -= other.certified;
        quizSum -= other.quizSum;
        quizCount -= other.quizCount;
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
