package org.paralelo.assessment;

/** The eight kinds of question; the label key is {@code question.type.<NAME>}. */
public enum QuestionType {
    SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_ANSWER, NUMERIC, MATCHING, ORDERING, ESSAY;

    /** Essays wait for a trainer; every other type is graded the moment it is submitted. */
    public boolean gradedByHand() {
        return this == ESSAY;
    }
}
