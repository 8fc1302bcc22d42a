package org.paralelo.assessment;

/** When learners see right answers and feedback; the label key is {@code quiz.feedback.<NAME>}. */
public enum FeedbackTiming {
    /** After each question, as soon as it is answered. */
    IMMEDIATELY,
    /** After the learner submits the attempt. */
    AFTER_SUBMIT,
    /** Only once the quiz has closed (its closing date has passed). */
    AFTER_CLOSE
}
