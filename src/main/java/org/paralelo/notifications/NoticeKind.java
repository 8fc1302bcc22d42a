package org.paralelo.notifications;

/** What an in-app notice is about; each kind has its own wording and, later, its own mail preference. */
public enum NoticeKind {
    /** Someone replied in a thread I follow (I started it, replied in it or chose to follow it). */
    REPLY,
    /** Someone mentioned me with @username. */
    MENTION,
    /** Someone sent me a private message. */
    MESSAGE;

    /** Message key of the notice's headline, with the actor's name as {0} and the subject as {1}. */
    public String headlineKey() {
        return "notice.headline." + name();
    }
}
