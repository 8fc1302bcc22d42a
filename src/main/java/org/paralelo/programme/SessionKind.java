package org.paralelo.programme;

/** What kind of on-site session this is. */
public enum SessionKind {
    WORKSHOP, DEBATE, TUTORIAL;

    public String messageKey() {
        return "programme.session.kind." + name();
    }
}
