package org.paralelo.notifications;

/** How often a person receives one kind of mail. */
public enum MailFrequency {
    /** Each one as it happens. */
    IMMEDIATELY,
    /** Gathered into one mail a day (only kinds that allow it). */
    DAILY_DIGEST,
    NEVER;

    /** Message key of the choice as people see it. */
    public String labelKey() {
        return "mail.frequency." + name();
    }
}
