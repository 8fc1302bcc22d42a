package org.paralelo.people.security;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.Languages;
import org.paralelo.people.SettingsService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page, rendered on the server without Vaadin's client: a slow connection gets a usable form after a
 * few kilobytes instead of ≈ 330 KB of JavaScript. It posts to Spring Security's {@code /login} processing with
 * the CSRF token, like Vaadin's login form did, and shows the same messages.
 */
@Controller
class SignInPage {

    /** The session attribute keeping the language picked on this page, for Vaadin's pages after it. */
    static final String LANGUAGE = "paralelo.sign-in-language";
    /** Pages that send people here after finishing something say which; only these keys are shown. */
    static final Set<String> DONE = Set.of("activation", "password-reset", "register");

    private final SettingsService settings;
    private final SignInPageHtml html;

    SignInPage(SettingsService settings, SignInPageHtml html) {
        this.settings = settings;
        this.html = html;
    }

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest request, @Nullable Authentication signedIn) {
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            return ResponseEntity.status(302).header("Location", request.getContextPath() + "/").build();
        }
        SignInPageHtml.Content content = new SignInPageHtml.Content(language(request),
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()), notice(request),
                request.getParameter("error") != null, throttledFor(request), settings.isSelfRegistrationOpen());
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(
                html.render(content));
    }

    /**
     * {@code ?lang=} picks (and tells Vaadin's session, or leaves it for {@link SignInLanguage} if none exists
     * yet); otherwise a pick not yet taken over; otherwise the language of this browser's Vaadin session (its
     * switcher); otherwise the browser's languages, Spanish first, like Vaadin does.
     */
    static Locale language(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        HttpSession session = request.getSession(asked != null);
        if (asked != null) {
            Locale chosen = Languages.fromTag(asked);
            vaadinSession(session).ifPresentOrElse(vaadin -> lockedRun(vaadin, () -> vaadin.setLocale(chosen)),
                    () -> session.setAttribute(LANGUAGE, chosen));
            return chosen;
        }
        if (session != null && session.getAttribute(LANGUAGE) instanceof Locale chosen) {
            return chosen;
        }
        Optional<VaadinSession> vaadin = vaadinSession(session);
        if (vaadin.isPresent()) {
            return Languages.supported(locked(vaadin.get(), vaadin.get()::getLocale));
        }
        if (request.getHeader("Accept-Language") != null) {
            for (Locale locale : Collections.list(request.getLocales())) {
                if (Languages.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()))) {
                    return Languages.supported(locale);
                }
            }
        }
        return Languages.SPANISH;
    }

    private static Optional<VaadinSession> vaadinSession(@Nullable HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        return Collections.list(session.getAttributeNames()).stream().map(session::getAttribute)
                .filter(VaadinSession.class::isInstance).map(VaadinSession.class::cast).findFirst();
    }

    private static <T> T locked(VaadinSession session, Supplier<T> action) {
        session.getLockInstance().lock();
        try {
            return action.get();
        } finally {
            session.getLockInstance().unlock();
        }
    }

    private static void lockedRun(VaadinSession session, Runnable action) {
        locked(session, () -> {
            action.run();
            return null;
        });
    }

    private static @Nullable String notice(HttpServletRequest request) {
        String done = request.getParameter("done");
        if (done != null && DONE.contains(done)) {
            return done + ".done";
        }
        if (request.getParameter("logout") != null) {
            return "login.signed-out";
        }
        if (request.getParameter("expired") != null) {
            return "login.session-expired";
        }
        return null;
    }

    /** Seconds to wait when the last failure in this session was the throttle; 0 otherwise. */
    private static long throttledFor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (request.getParameter("error") == null || session == null) {
            return 0;
        }
        return session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException t
                ? t.retryAfterSeconds() : 0;
    }
}
