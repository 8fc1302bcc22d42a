package org.paralelo.support;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code as a given signed-in person (by username and roles), or as nobody. */
public final class As {

    private As() {
    }

    public static <T> T user(String username, String[] roles, Supplier<T> work) {
        List<GrantedAuthority> authorities = Arrays.stream(roles)
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        return with(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities), work);
    }

    public static void user(String username, String[] roles, Runnable work) {
        user(username, roles, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T admin(Supplier<T> work) {
        return user("admin", new String[] {"ADMIN"}, work);
    }

    public static void admin(Runnable work) {
        user("admin", new String[] {"ADMIN"}, work);
    }

    public static <T> T anonymous(Supplier<T> work) {
        return with(null, work);
    }

    private static <T> T with(UsernamePasswordAuthenticationToken authentication, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
