package org.paralelo.people;

import java.time.Duration;

/** What a one-time account link is for, and how long it stays valid. */
public enum AccountLinkPurpose {
    PASSWORD_RESET(Duration.ofHours(1), "contrasena/nueva/"),
    ACTIVATION(Duration.ofDays(14), "activar/");

    private final Duration validity;
    private final String pathPrefix;

    AccountLinkPurpose(Duration validity, String pathPrefix) {
        this.validity = validity;
        this.pathPrefix = pathPrefix;
    }

    public Duration validity() {
        return validity;
    }

    /** The app path a token opens, for links in mails and lists (route helper; the views live in people.ui). */
    public String path(String token) {
        return pathPrefix + token;
    }
}
