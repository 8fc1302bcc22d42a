package org.paralelo.community;

/** Where a reply to a debate stands. */
public enum DebateStance {
    FOR, AGAINST, PROPOSAL;

    public String messageKey() {
        return "community.stance." + name();
    }
}
