package org.paralelo.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin names its bundle files after their content ({@code VAADIN/build/indexhtml-DzH1Kr6S.js}) but caches them for
 * an hour only, so a slow connection revalidates each of them every hour. A changed file gets a new name, so they are
 * immutable: a year's caching instead of Vaadin's. Names without such a hash keep Vaadin's header.
 */
@Component
class VaadinBundleCaching extends OncePerRequestFilter {

    static final String YEAR = "max-age=31536000, immutable";
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[\\w.-]+-[\\w-]{8}\\.(?:js|css)");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HASHED.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, cacheControl(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                if ("Cache-Control".equalsIgnoreCase(name)) {
                    setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }

    /** Vaadin's hour becomes a year; anything else (no-cache on an error, other headers) passes unchanged. */
    private static String cacheControl(String name, String value) {
        return "Cache-Control".equalsIgnoreCase(name) && value.startsWith("max-age=") ? YEAR : value;
    }
}
