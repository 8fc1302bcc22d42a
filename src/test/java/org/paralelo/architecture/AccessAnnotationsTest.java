package org.paralelo.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Every screen states who may open it, and every service method states who may call it. */
class AccessAnnotationsTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);
    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.paralelo");

    @Test
    void every_route_and_layout_has_exactly_one_access_annotation() {
        List<JavaClass> screens = classes.stream()
                .filter(c -> c.isAnnotatedWith(Route.class) || c.isAnnotatedWith(Layout.class)).toList();
        assertThat(screens).as("screens found").hasSizeGreaterThanOrEqualTo(10);
        assertThat(screens).allSatisfy(screen -> assertThat(
                ACCESS.stream().filter(screen::isAnnotatedWith).count())
                .as(screen.getName() + " access annotations").isEqualTo(1));
    }

    @Test
    void no_screen_decides_access_by_anything_but_its_annotation_and_roles_so_one_menu_serves_each_set_of_roles() {
        // base.ui.MenuEntries works the side menu out once per set of authorities; a checker that looked at
        // anything else (a setting, the time, an object) would need the menu worked out for every page again.
        assertThat(classes.stream().filter(c -> c.isAssignableTo(NavigationAccessChecker.class)).toList())
                .as("custom navigation access checkers").isEmpty();
    }

    @Test
    void every_public_service_method_has_its_own_pre_authorize() {
        List<JavaMethod> methods = classes.stream().filter(c -> c.isAnnotatedWith(Service.class))
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(m -> !m.getModifiers().contains(JavaModifier.SYNTHETIC))
                .toList();
        assertThat(methods).as("public service methods found").hasSizeGreaterThan(20);
        assertThat(methods).allSatisfy(method -> assertThat(method.isAnnotatedWith(PreAuthorize.class))
                .as(method.getFullName() + " has @PreAuthorize").isTrue());
    }
}
