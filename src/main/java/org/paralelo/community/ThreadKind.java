package org.paralelo.community;

/** A conversation, or a debate: a question that replies answer for, against, or with a proposal. */
public enum ThreadKind {
    DISCUSSION, DEBATE;

    public String messageKey() {
        return "community.thread-kind." + name();
    }
}
