package org.paralelo.assessment;

/** Where an attempt is; the label key is {@code attempt.state.<NAME>}. Only the server moves an attempt on. */
public enum AttemptState {
    /** Started, answers are being saved. */
    IN_PROGRESS,
    /** Submitted and being graded (only inside the submitting transaction). */
    SUBMITTED,
    /** Every objective question is graded; essays wait for a trainer. */
    AWAITING_GRADING,
    /** The final grade is known. */
    GRADED;

    public boolean open() {
        return this == IN_PROGRESS;
    }
}
