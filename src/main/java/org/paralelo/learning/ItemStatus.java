package org.paralelo.learning;

/** A learner's state on one item of a course. */
public enum ItemStatus {
    NOT_STARTED, IN_PROGRESS, DONE;

    public String messageKey() {
        return "learning.item-status." + name();
    }
}
