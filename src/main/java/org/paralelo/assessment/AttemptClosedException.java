package org.paralelo.assessment;

import org.paralelo.base.UserFacingException;

/**
 * The attempt no longer takes answers: its time ran out (it has been submitted with what was saved) or it was
 * already submitted. Transactions that throw it still commit, so the automatic submission is kept.
 */
public class AttemptClosedException extends UserFacingException {

    public AttemptClosedException(String messageKey) {
        super(messageKey);
    }
}
