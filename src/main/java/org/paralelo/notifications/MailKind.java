package org.paralelo.notifications;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Kinds of mail. Account mail (reset and activation links) answers something the person asked for or needs,
 * so it cannot be switched off; the others follow each person's preference and carry an unsubscribe link.
 * The Network's kinds may also be gathered into the daily digest.
 */
public enum MailKind {
    ACCOUNT(null, false),
    /** The weekly progress summary for coordinators (reporting). */
    PROGRESS_SUMMARY(MailFrequency.IMMEDIATELY, false),
    /** A reply in a Network thread the person follows. */
    COMMUNITY_REPLY(MailFrequency.DAILY_DIGEST, true),
    /** Someone mentioned the person with @username. */
    COMMUNITY_MENTION(MailFrequency.IMMEDIATELY, true),
    /** A private message to the person. */
    COMMUNITY_MESSAGE(MailFrequency.IMMEDIATELY, true),
    /** A moderator's decision on a resource the person shared. */
    COMMUNITY_RESOURCE(MailFrequency.IMMEDIATELY, true),
    /** An on-site session the person registered or waits for moved or was cancelled: news that cannot wait. */
    PROGRAMME_SESSION(MailFrequency.IMMEDIATELY, false),
    /** A course the person is enrolled in published a new version: it can wait for the digest. */
    COURSE_VERSION(MailFrequency.IMMEDIATELY, true);

    private final @Nullable MailFrequency defaultFrequency;
    private final boolean digestible;

    MailKind(@Nullable MailFrequency defaultFrequency, boolean digestible) {
        this.defaultFrequency = defaultFrequency;
        this.digestible = digestible;
    }

    public boolean optional() {
        return defaultFrequency != null;
    }

    /** Whether this kind can wait for the daily digest. */
    public boolean digestible() {
        return digestible;
    }

    /** What a person gets before choosing anything. */
    public MailFrequency defaultFrequency() {
        return defaultFrequency == null ? MailFrequency.IMMEDIATELY : defaultFrequency;
    }

    /** The choices a person has for this kind. */
    public List<MailFrequency> choices() {
        if (!optional()) {
            return List.of(MailFrequency.IMMEDIATELY);
        }
        return digestible ? List.of(MailFrequency.values()) : List.of(MailFrequency.IMMEDIATELY, MailFrequency.NEVER);
    }

    /** Message key of the kind's name as people see it. */
    public String labelKey() {
        return "mail.kind." + name();
    }
}
