package org.paralelo.people.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed attempts from here or for this account; the password was not even checked. */
public class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Too many failed sign-in attempts");
    }
}
