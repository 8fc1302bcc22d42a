package org.paralelo.people.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/** The people admin's account dialog: making someone a coordinator of chosen regions. */
class CoordinatorAssignmentViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles() {
        return _get(CheckboxGroup.class, spec -> spec.withId("roles"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<RegionView> regionChoice() {
        return _get(CheckboxGroup.class, spec -> spec.withId("regions"));
    }

    @Test
    void an_admin_makes_a_learner_coordinator_of_two_regions_and_the_regions_show_only_for_that_role() {
        signIn("admin", "ADMIN");
        PersonId id = People.create(accounts, People.uniqueUsername("futura"), Role.LEARNER);
        new PersonActionsDialog(accounts, regions, As.admin(() -> accounts.find(id)).orElseThrow(), () -> { })
                .open();
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("coordinator-regions"))).isEmpty();

        _setValue(roles(), Set.of(Role.LEARNER, Role.COORDINATOR));
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("coordinator-regions")).isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("save-roles")));
        assertThat(regionChoice().isInvalid()).isTrue();
        assertThat(regionChoice().getErrorMessage()).contains("al menos una región");

        Set<RegionView> two = Set.copyOf(regions.list().subList(0, 2));
        _setValue(regionChoice(), two);
        _click(_get(Button.class, spec -> spec.withId("save-roles")));

        assertThat(As.admin(() -> accounts.coordinatorScope(id)).regionIds())
                .containsExactlyInAnyOrderElementsOf(two.stream().map(RegionView::id).toList());
        assertThat(As.admin(() -> accounts.find(id)).orElseThrow().roles()).contains(Role.COORDINATOR);
    }
}
