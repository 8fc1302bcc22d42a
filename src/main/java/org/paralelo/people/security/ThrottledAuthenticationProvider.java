package org.paralelo.people.security;

import java.time.Duration;
import java.util.Optional;
import org.paralelo.people.domain.Person;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Username/password sign-in behind the {@link LoginThrottle}; a burst of failures leaves a notice for the owner. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final PasswordCheck passwords;
    private final LoginThrottle throttle;
    private final SignInBursts bursts;
    private final SignInAudit audit;
    private final AccountKeys accountKeys;

    ThrottledAuthenticationProvider(PasswordCheck passwords, LoginThrottle throttle,
                                    SignInBursts bursts, SignInAudit audit, AccountKeys accountKeys) {
        this.audit = audit;
        this.accountKeys = accountKeys;
        this.passwords = passwords;
        this.throttle = throttle;
        this.bursts = bursts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String typed = Person.normalise(String.valueOf(attempt.getName()));
        String account = accountKeys.of(typed);
        String source = attempt.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
        Optional<Duration> wait = throttle.waitBefore(account, source);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.recordSuccess(account, source);
            audit.record(true, typed, source);
            return result;
        } catch (AuthenticationException failed) {
            throttle.recordFailure(account, source).ifPresent(burst -> bursts.record(account, burst.value()));
            audit.record(false, typed, source);
            // Unknown account, wrong password and disabled account all look the same from outside.
            throw new BadCredentialsException("Bad credentials", failed);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
