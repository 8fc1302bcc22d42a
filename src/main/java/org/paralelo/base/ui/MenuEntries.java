package org.paralelo.base.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The side menu's entries for one set of authorities, worked out once per set. Vaadin checks the access of every
 * {@code @Menu} route for every new page, and each check looks Spring's role prefix up through the class loader: in
 * the load test's profile that was a tenth of the server's work while a class was signing in. Every view decides
 * access by its annotation and the person's roles alone (pinned by {@code AccessAnnotationsTest}), so the same
 * authorities always see the same entries. Titles are message keys, so one list serves every language.
 */
@Component
class MenuEntries {

    private final Map<Set<String>, List<MenuEntry>> byAuthorities = new ConcurrentHashMap<>();

    /** Must run where Vaadin's own check would: in a request of the signed-in person these authorities are theirs. */
    List<MenuEntry> of(Collection<? extends GrantedAuthority> authorities) {
        Set<String> key = authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
        return byAuthorities.computeIfAbsent(key, any -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
