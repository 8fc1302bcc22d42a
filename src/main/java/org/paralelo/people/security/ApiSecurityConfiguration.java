package org.paralelo.people.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.session.ConcurrentSessionFilter;

/**
 * The JSON API under {@code /api/**} (search, package upload), for scripts and for pages of a signed-in person:
 * HTTP Basic (checked by the same throttled authentication manager as the login form) or the existing session.
 * Anonymous callers get 401 instead of the login page; sessions an admin revoked (account disabled, roles
 * changed) are refused here as on the pages. CSRF protection stays on for session callers and is skipped only for
 * requests that carry an Authorization header, which a browser never adds on its own to a cross-site request.
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                               SessionRegistry sessions) throws Exception {
        // Status and challenge set directly: sendError() would forward to /error, which the main chain answers
        // with a redirect to the login page.
        AuthenticationEntryPoint unauthorised = (request, response, refused) -> {
            if (refused instanceof LoginThrottledException throttled) {
                tooManyAttempts(response, throttled);
                return;
            }
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Paralelo\", charset=\"UTF-8\"");
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"unauthorized\"}");
        };
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorised))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorised)
                        .accessDeniedHandler(denied(unauthorised)))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new ConcurrentSessionFilter(sessions,
                        expired -> unauthorised.commence(expired.getRequest(), expired.getResponse(),
                                new InsufficientAuthenticationException("session revoked"))),
                        SecurityContextHolderFilter.class);
        SecurityHeaders.apply(http);
        return http.build();
    }

    /** Slowed down, not refused: 429 with how long to wait, and no Basic challenge to invite another try now. */
    private static void tooManyAttempts(HttpServletResponse response, LoginThrottledException throttled)
            throws IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"too-many-attempts\"}");
    }

    /**
     * A refusal for someone not signed in (including a missing CSRF token, which is checked first) is a 401;
     * for a signed-in person it is a 403. Neither forwards to /error.
     */
    private static AccessDeniedHandler denied(AuthenticationEntryPoint unauthorised) {
        return (request, response, refused) -> {
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
                unauthorised.commence(request, response, new InsufficientAuthenticationException("anonymous"));
                return;
            }
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"forbidden\"}");
        };
    }
}
