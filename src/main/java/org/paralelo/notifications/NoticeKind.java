package org.paralelo.notifications;

/** What an in-app notice is about; each kind has its own wording and its own mail preference. */
public enum NoticeKind {
    /** Someone replied in a thread I follow (I started it, replied in it or chose to follow it). */
    REPLY(MailKind.COMMUNITY_REPLY),
    /** Someone mentioned me with @username. */
    MENTION(MailKind.COMMUNITY_MENTION),
    /** Someone sent me a private message. */
    MESSAGE(MailKind.COMMUNITY_MESSAGE),
    /** A moderator published my shared resource. */
    RESOURCE_APPROVED(MailKind.COMMUNITY_RESOURCE),
    /** A moderator sent my shared resource back, with a reason. */
    RESOURCE_REJECTED(MailKind.COMMUNITY_RESOURCE),
    /** An on-site session I registered or wait for moved to another time or place. */
    SESSION_CHANGED(MailKind.PROGRAMME_SESSION),
    /** An on-site session I registered or wait for was cancelled. */
    SESSION_CANCELLED(MailKind.PROGRAMME_SESSION),
    /** I was waiting for an on-site session and a seat (freed or added) is now mine. */
    SEAT_GRANTED(MailKind.PROGRAMME_SESSION),
    /** A lower capacity sent me from my seat back to the session's wait list. */
    MOVED_TO_WAIT_LIST(MailKind.PROGRAMME_SESSION),
    /** A course I am enrolled in published a new version (not its first). */
    COURSE_VERSION(MailKind.COURSE_VERSION);

    private final MailKind mailKind;

    NoticeKind(MailKind mailKind) {
        this.mailKind = mailKind;
    }

    /** The kind of mail that carries this notice, with its own preference. */
    public MailKind mailKind() {
        return mailKind;
    }

    /** Message key of the notice's headline, with the actor's name as {0} and the subject as {1}. */
    public String headlineKey() {
        return "notice.headline." + name();
    }
}
