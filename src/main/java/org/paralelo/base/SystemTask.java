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
        // Inside a Vaadin request the security context is read from the person's Vaadin session first, which
        // would hide the system's; the task runs detached from that session and gets it back afterwards.
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            VaadinSession.setCurrent(null);
        }
        try {
            return asSystem(work);
        } finally {
            if (session != null) {
                VaadinSession.setCurrent(session);
            }
        }
    }

    private static <T> T asSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM_USER, null,
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
