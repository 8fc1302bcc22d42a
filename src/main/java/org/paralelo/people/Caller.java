package org.paralelo.people;

import java.util.Optional;
import org.paralelo.people.domain.PersonRepository;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is calling on this thread: signed in or not, their roles and their person id. The one place outside the
 * security set-up that reads the security context, so other modules never name Spring Security's authorities.
 * The built-in system task counts as an administrator without a person id.
 */
@Component("caller")
public class Caller {

    private final PersonRepository people;
    private final CurrentPerson current;

    Caller(PersonRepository people, CurrentPerson current) {
        this.people = people;
        this.current = current;
    }

    /** Signed in with a real account or as the system task; an anonymous visitor is not. */
    public boolean signedIn() {
        return authentication().isPresent();
    }

    public boolean has(Role role) {
        return authentication().map(who -> who.getAuthorities().stream()
                .anyMatch(a -> role.authority().equals(a.getAuthority()))).orElse(false);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** The account name, empty for anonymous callers. */
    public Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    /** The caller's person id, empty for anonymous callers and the system task (which has no account row). */
    @Transactional(readOnly = true)
    public Optional<PersonId> id() {
        return current.id();
    }

    /**
     * The programme regions the caller follows: every region for admins (and the system task), the assigned ones
     * for a coordinator, none for anyone else.
     */
    @Transactional(readOnly = true)
    public RegionScope regionScope() {
        if (isAdmin()) {
            return RegionScope.EVERY_REGION;
        }
        if (!has(Role.COORDINATOR)) {
            return RegionScope.NONE;
        }
        return username().flatMap(people::findByUsername).filter(p -> p.getRoles().contains(Role.COORDINATOR))
                .map(p -> p.getCoordinatorScope()).orElse(RegionScope.NONE);
    }

    static Optional<Authentication> authentication() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken
                ? Optional.empty() : Optional.of(who);
    }
}
