package org.paralelo.people.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-side defences sent with every response of a chain, Vaadin pages included: a Content-Security-Policy,
 * {@code nosniff}, a Referrer-Policy, a Permissions-Policy and, over TLS (directly or behind a trusted proxy), HSTS.
 *
 * <p>Scripts run only from our origin or inline with this response's nonce, which {@link PageSecurity} stamps on
 * the script tags of Vaadin's page; inline event handlers never run. Flow itself needs {@code 'unsafe-eval'} (it
 * runs {@code executeJs} through {@code new Function}) and inline styles (components set style attributes).
 */
final class SecurityHeaders {

    /** The request attribute holding this response's script nonce. */
    static final String NONCE = "paralelo.csp-nonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http) throws Exception {
        http.addFilterBefore(new NonceFilter(), HeaderWriterFilter.class);
        http.headers(headers -> {
            // Written before the request runs: Vaadin's page response loses headers written at commit.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            // Files and static resources set their own caching; Spring's no-store trio (Cache-Control, Pragma,
            // Expires), written eagerly, would be left beside it, so it goes only to everything else.
            headers.cacheControl(cache -> cache.disable())
                    .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                            request -> !setsItsOwnCaching(request), new CacheControlHeadersWriter()));
            headers.contentTypeOptions(options -> { })
                    .frameOptions(frames -> frames.sameOrigin())
                    .referrerPolicy(policy -> policy.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .permissionsPolicyHeader(permissions -> permissions.policy(
                            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
                    .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                    .addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
                            policy(String.valueOf(request.getAttribute(NONCE)))));
        });
    }

    private static boolean setsItsOwnCaching(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/media/") || path.startsWith("/assets/") || path.startsWith("/VAADIN/");
    }

    static String policy(String nonce) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                // Lesson video cards load these players, and MP4 files from https, only when clicked.
                + "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; "
                + "media-src 'self' https:; "
                + "worker-src 'self'; "
                + "frame-ancestors 'self'; "
                + "form-action 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'";
    }

    /** A fresh nonce per request, before any header is written or any page rendered. */
    private static final class NonceFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            byte[] nonce = new byte[18];
            RANDOM.nextBytes(nonce);
            request.setAttribute(NONCE, Base64.getEncoder().encodeToString(nonce));
            chain.doFilter(request, response);
        }
    }
}
