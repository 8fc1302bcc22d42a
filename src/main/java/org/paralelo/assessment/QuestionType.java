package org.paralelo.assessment;

/**
 * The eight kinds of question, and descriptions (text between questions, never graded); the label key is
 * {@code question.type.<NAME>}.
 */
public enum QuestionType {
    SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_ANSWER, NUMERIC, MATCHING, ORDERING, ESSAY, DESCRIPTION;

    /** Whether learners answer it: everything but a description. */
    public boolean answered() {
        return this != DESCRIPTION;
    }

    /** Essays wait for a trainer; every other type is graded the moment it is submitted. */
    public boolean gradedByHand() {
        return this == ESSAY;
    }
}
