package org.paralelo.assessment;

/** Which attempt counts when several are allowed; the label key is {@code quiz.grading.<NAME>}. */
public enum GradingPolicy {
    BEST, LAST, AVERAGE
}
