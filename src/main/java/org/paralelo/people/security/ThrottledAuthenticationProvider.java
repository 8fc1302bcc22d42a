package org.paralelo.people.security;

import org.paralelo.people.domain.Person;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Username/password sign-in behind the {@link LoginThrottle}. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String account = Person.normalise(String.valueOf(attempt.getName()));
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
        if (throttle.isBlocked(account, address)) {
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.recordSuccess(account, address);
            return result;
        } catch (AuthenticationException failed) {
            throttle.recordFailure(account, address);
            // Unknown account, wrong password and disabled account all look the same from outside.
            throw new BadCredentialsException("Bad credentials", failed);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
