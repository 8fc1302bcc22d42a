package org.paralelo.programme;

/** How a run is delivered. */
public enum RunMode {
    ONLINE, ON_SITE, HYBRID;

    public String messageKey() {
        return "programme.run.mode." + name();
    }
}
