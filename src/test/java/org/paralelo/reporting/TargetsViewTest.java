package org.paralelo.reporting;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.people.AuditAction;
import org.paralelo.people.AuditFilter;
import org.paralelo.people.AuditService;
import org.paralelo.people.RegionScope;
import org.paralelo.people.RegionService;
import org.paralelo.support.As;
import org.paralelo.support.Coordinators;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class TargetsViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired TargetService targets;
    @Autowired AuditService audit;

    private long freshRegion() {
        return As.admin(() -> regions.create("Región metas " + People.uniqueUsername("r"))).id();
    }

    private static IntegerField field(Audience audience, long region) {
        return _get(IntegerField.class, spec -> spec.withId("target-" + audience.name() + "-" + region));
    }

    private Integer targetOf(Audience audience, long region) {
        return As.admin(() -> targets.targets()).stream()
                .filter(t -> t.audience() == audience && Objects.equals(t.regionId(), region))
                .map(TargetView::target).findFirst().orElse(null);
    }

    @Test
    void an_admin_sets_a_regions_targets_and_the_change_is_in_the_audit_log() {
        long region = freshRegion();
        signIn("admin-metas", "ADMIN");
        UI.getCurrent().navigate("informes/metas");
        assertThat(_get(H1.class).getText()).isEqualTo("Metas del programa");

        field(Audience.DIRECTORS, region).setValue(46);
        field(Audience.PRACTITIONERS, region).setValue(47);
        _click(_get(Button.class, spec -> spec.withId("targets-save")));

        expectNotifications("2 metas guardadas.");
        assertThat(targetOf(Audience.DIRECTORS, region)).isEqualTo(46);
        assertThat(targetOf(Audience.PRACTITIONERS, region)).isEqualTo(47);
        assertThat(As.admin(() -> audit.search(new AuditFilter(AuditAction.TARGET_CHANGED, "admin-metas", null, null),
                0, 10))).extracting(e -> e.subject())
                .contains("DIRECTORS region=" + region + " - -> 46", "PRACTITIONERS region=" + region + " - -> 47");
    }

    @Test
    void a_negative_target_is_refused_on_its_field_in_the_persons_language_and_nothing_is_saved() {
        long region = freshRegion();
        signIn("admin-metas", "ADMIN");
        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate("informes/metas");

        IntegerField directors = field(Audience.DIRECTORS, region);
        directors.setValue(-3);
        _click(_get(Button.class, spec -> spec.withId("targets-save")));

        assertThat(directors.isInvalid()).isTrue();
        assertThat(directors.getErrorMessage()).isEqualTo("The target must be a number from 0 to 1,000,000.");
        assertThat(targetOf(Audience.DIRECTORS, region)).isNull();
    }

    @Test
    void emptying_a_field_removes_that_target() {
        long region = freshRegion();
        As.admin(() -> targets.set(Audience.DIRECTORS, region, 12, -1));
        signIn("admin-metas", "ADMIN");
        UI.getCurrent().navigate("informes/metas");

        IntegerField directors = field(Audience.DIRECTORS, region);
        assertThat(directors.getValue()).isEqualTo(12);
        directors.clear();
        _click(_get(Button.class, spec -> spec.withId("targets-save")));

        assertThat(targetOf(Audience.DIRECTORS, region)).isNull();
    }

    @Test
    void the_dashboard_links_admins_to_the_targets_screen() {
        signIn("admin-metas", "ADMIN");
        UI.getCurrent().navigate("informes");

        assertThat(_find(Anchor.class, spec -> spec.withId("edit-targets"))).hasSize(1);
    }

    @Test
    void a_coordinator_neither_sees_the_link_nor_sets_a_target() {
        long region = freshRegion();
        String coordinator = Coordinators.coordinator(accounts, RegionScope.of(Set.of(region)));
        signIn(coordinator, "COORDINATOR");
        UI.getCurrent().navigate("informes");

        assertThat(_find(Anchor.class, spec -> spec.withId("edit-targets"))).isEmpty();
        assertThatThrownBy(() -> As.user(coordinator, Coordinators.COORDINATOR,
                () -> targets.set(Audience.DIRECTORS, region, 5, -1))).isInstanceOf(AccessDeniedException.class);
    }
}
