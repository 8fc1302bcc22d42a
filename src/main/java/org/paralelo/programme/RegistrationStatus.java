package org.paralelo.programme;

/** Where a person stands for a session: a seat, a place on the wait list, or cancelled. */
public enum RegistrationStatus {
    REGISTERED, WAITING, CANCELLED;

    public String messageKey() {
        return "programme.registration.status." + name();
    }
}
