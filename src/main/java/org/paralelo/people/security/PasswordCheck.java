package org.paralelo.people.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring's username/password check, prepared before the first sign-in arrives.
 *
 * <p>Spring hashes a dummy password the first time a sign-in comes in (so unknown accounts take as long as known
 * ones), without any lock: when a class of 300 signs in right after a start, every one of those first sign-ins
 * hashes it again before its own check, in the same queue of Argon2 slots, and the first person waits for all of
 * them. Measured in the load test: no sign-in finished in the first 34 s. One check of a name that cannot exist, once
 * the application is ready, does that hash once (and lets the JIT compile Argon2 before the crowd comes).
 */
class PasswordCheck {

    private static final Logger log = LoggerFactory.getLogger(PasswordCheck.class);
    /** Longer than any username or e-mail may be, and with a space: never an account. */
    private static final String NOBODY = "warm-up " + "x".repeat(300);

    private final DaoAuthenticationProvider check;
    private volatile boolean prepared;

    PasswordCheck(UserDetailsService accounts, PasswordEncoder passwords) {
        this.check = new DaoAuthenticationProvider(accounts);
        this.check.setPasswordEncoder(passwords);
    }

    Authentication authenticate(Authentication attempt) {
        return check.authenticate(attempt);
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepare() {
        long started = System.nanoTime();
        try {
            check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(NOBODY, "warm-up"));
        } catch (AuthenticationException expected) {
            // The point: the dummy hash now exists and the unknown-account path has run once.
        }
        prepared = true;
        log.info("Password check prepared in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Whether {@link #prepare()} has run (for tests of the wiring). */
    boolean prepared() {
        return prepared;
    }
}
