package org.paralelo.people.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in on the current request exactly as the sign-in form would, for the one screen that knows the
 * password already (registration): through the same throttled, audited authentication, with a new session id
 * (no session fixation), the session registered so disabling the account ends it, and the security context saved
 * in the session for the next request.
 */
@Component
public class SessionSignIn {

    private final AuthenticationManager authentication;
    private final SessionRegistry sessions;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionSignIn(AuthenticationManager authentication, SessionRegistry sessions) {
        this.authentication = authentication;
        this.sessions = sessions;
    }

    /**
     * Signs in with the given credentials, or throws the {@link AuthenticationException} the form would have met
     * (wrong details, throttled) and leaves the session as it was.
     */
    public void signIn(HttpServletRequest request, HttpServletResponse response, String username, String password) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        attempt.setDetails(new WebAuthenticationDetails(request));
        Authentication signedIn = authentication.authenticate(attempt);
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        sessions.registerNewSession(request.getSession().getId(), signedIn.getPrincipal());
    }
}
