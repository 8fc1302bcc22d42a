package org.paralelo.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The root address sends each person to their role's home: admins to what needs attention (reporting's admin
 * home), trainers to the courses they teach, everyone else to their courses. Paths, not view classes, keep this module free of feature imports.
 */
@Route("")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver {

    public static final String ADMIN_HOME = "admin/inicio";
    public static final String TRAINER_HOME = "imparto";
    public static final String LEARNER_HOME = "mis-cursos";

    private final AuthenticationContext authentication;

    HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasRole("ADMIN")) {
            event.forwardTo(ADMIN_HOME);
        } else if (authentication.hasRole("TRAINER")) {
            event.forwardTo(TRAINER_HOME);
        } else {
            event.forwardTo(LEARNER_HOME);
        }
    }
}
