package org.paralelo.notifications;

/**
 * Kinds of mail. Account mail (reset and activation links) answers something the person asked for or needs,
 * so it cannot be switched off; the others follow each person's preference and carry an unsubscribe link.
 */
public enum MailKind {
    ACCOUNT(false),
    /** The weekly progress summary for coordinators (reporting). */
    PROGRESS_SUMMARY(true),
    /** Replies, mentions and messages in the community. */
    COMMUNITY(true);

    private final boolean optional;

    MailKind(boolean optional) {
        this.optional = optional;
    }

    public boolean optional() {
        return optional;
    }

    /** Message key of the kind's name as people see it. */
    public String labelKey() {
        return "mail.kind." + name();
    }
}
