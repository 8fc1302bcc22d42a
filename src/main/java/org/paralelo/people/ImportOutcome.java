package org.paralelo.people;

/** What importing a row does: a new account, changes to an existing one, nothing, or nothing because of errors. */
public enum ImportOutcome {
    CREATE, UPDATE, UNCHANGED, ERROR;

    public String messageKey() {
        return "import.outcome." + name();
    }
}
