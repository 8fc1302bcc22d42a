package org.paralelo.courses;

import org.paralelo.courses.domain.Course;
import org.paralelo.courses.domain.CourseRepository;
import org.paralelo.people.ProfileService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Object-level rules for courses, used in {@code @PreAuthorize("@courseAccess.canEdit(#course)")} by this and
 * other modules: admins edit everything; trainers edit courses they own or co-teach; anyone signed in sees a
 * published course.
 */
@Component("courseAccess")
public class CourseAccess {

    private final CourseRepository courses;
    private final ProfileService profiles;

    CourseAccess(CourseRepository courses, ProfileService profiles) {
        this.courses = courses;
        this.profiles = profiles;
    }

    @Transactional(readOnly = true)
    public boolean canEdit(CourseId course) {
        Authentication who = signedIn();
        if (who == null || course == null) {
            return false;
        }
        if (hasRole(who, "ROLE_ADMIN")) {
            return courses.existsById(course.value());
        }
        if (!hasRole(who, "ROLE_TRAINER")) {
            return false;
        }
        return profiles.myId().flatMap(me -> courses.findById(course.value()).map(c -> c.isTrainer(me.value())))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean canView(CourseId course) {
        if (signedIn() == null || course == null) {
            return false;
        }
        return courses.findById(course.value()).map(Course::getState)
                .map(state -> state == CourseState.PUBLISHED).orElse(false) || canEdit(course);
    }

    private static Authentication signedIn() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken ? null : who;
    }

    private static boolean hasRole(Authentication who, String role) {
        return who.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
    }
}
