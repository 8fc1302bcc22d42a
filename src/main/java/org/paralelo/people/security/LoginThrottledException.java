package org.paralelo.people.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** This source must wait before its next attempt for this account; the password was not even checked. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-in attempts");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least one: the value of a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
