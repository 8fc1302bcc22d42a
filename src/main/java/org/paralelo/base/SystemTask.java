package org.paralelo.base;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Runs start-up and background work through the secured services as the built-in "system" administrator,
 * so those services keep their {@code @PreAuthorize} checks without exceptions for internal callers.
 */
public final class SystemTask {

    public static final String SYSTEM_USER = "system";

    private SystemTask() {
    }

    public static <T> T call(Supplier<T> work) {
        return callAs(SYSTEM_USER, work);
    }

    /**
     * As {@link #call}, through the given security-context strategy: a background thread of one application
     * context must use that context's strategy, which method security reads, not whichever strategy the static
     * holder points at (the last context started, when several share a JVM as in the test suite). Without one,
     * as {@link #call}.
     */
    public static <T> T call(@Nullable SecurityContextHolderStrategy strategy, Supplier<T> work) {
        if (strategy == null) {
            return call(work);
        }
        return outsideVaadinSession(() -> {
            SecurityContext previous = strategy.getContext();
            strategy.setContext(systemContext(SYSTEM_USER));
            try {
                return work.get();
            } finally {
                strategy.setContext(previous);
            }
        });
    }

    /**
     * As {@link #call}, under a real account's name with the system's authorities: for start-up work whose
     * results need an owner (the sample library belongs to the administrator).
     */
    public static <T> T callAs(String username, Supplier<T> work) {
        return outsideVaadinSession(() -> asSystem(username, work));
    }

    /**
     * Inside a Vaadin request (a module listener running right after a click's commit, say) Vaadin's security-context
     * strategy reads the person's context from their Vaadin session first, which would hide the system's; the work
     * runs detached from that session and the session is current again afterwards.
     */
    private static <T> T outsideVaadinSession(Supplier<T> work) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            VaadinSession.setCurrent(null);
        }
        try {
            return work.get();
        } finally {
            if (session != null) {
                VaadinSession.setCurrent(session);
            }
        }
    }

    // The one place outside people that writes authorities: base sits below people and cannot name its Role.
    private static <T> T asSystem(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(systemContext(username));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static SecurityContext systemContext(String username) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_SYSTEM"))));
        return context;
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
