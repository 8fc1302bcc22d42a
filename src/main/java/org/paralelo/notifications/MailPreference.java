package org.paralelo.notifications;

/** How often a person wants mail of one kind. */
public record MailPreference(MailKind kind, MailFrequency frequency) {

    /** On or off: on is the kind's default frequency. */
    public MailPreference(MailKind kind, boolean wanted) {
        this(kind, wanted ? kind.defaultFrequency() : MailFrequency.NEVER);
    }

    public boolean wanted() {
        return frequency != MailFrequency.NEVER;
    }
}
