package org.paralelo.programme;

import java.util.Locale;

/** Where an agreement stands. Open and in-progress ones are pending: listed first, flagged when overdue. */
public enum AgreementStatus {
    OPEN, IN_PROGRESS, DONE, DROPPED;

    public boolean pending() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public String messageKey() {
        return "programme.agreement.status." + name().toLowerCase(Locale.ROOT);
    }
}
