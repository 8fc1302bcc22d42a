package org.paralelo.base;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

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
     * As {@link #call}, under a real account's name with the system's authorities: for start-up work whose
     * results need an owner (the sample library belongs to the administrator).
     */
    public static <T> T callAs(String username, Supplier<T> work) {
        // Inside a Vaadin request the security context is read from the person's Vaadin session first, which
        // would hide the system's; the task runs detached from that session and gets it back afterwards.
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            VaadinSession.setCurrent(null);
        }
        try {
            return asSystem(username, work);
        } finally {
            if (session != null) {
                VaadinSession.setCurrent(session);
            }
        }
    }

    // The one place outside people that writes authorities: base sits below people and cannot name its Role.
    private static <T> T asSystem(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_SYSTEM"))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
