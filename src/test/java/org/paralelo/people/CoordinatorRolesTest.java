package org.paralelo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.support.As;
import org.paralelo.support.Coordinators;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Admins make someone a coordinator of some regions (or all); the caller's region scope answers it. */
@ParaleloSpringTest
@Tag("persistence")
class CoordinatorRolesTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired Caller caller;
    @Autowired PersonDirectory directory;

    @Test
    void a_coordinator_follows_exactly_the_regions_assigned() {
        long sur = Coordinators.region(regions, "Sureste");
        long golfo = Coordinators.region(regions, "Golfo");
        String name = Coordinators.coordinator(accounts, RegionScope.of(Set.of(sur, golfo)));

        RegionScope scope = As.user(name, Coordinators.COORDINATOR, caller::regionScope);

        assertThat(scope.regionIds()).containsExactlyInAnyOrder(sur, golfo);
        assertThat(scope.covers(sur)).isTrue();
        assertThat(scope.covers(Coordinators.region(regions, "Noroeste"))).isFalse();
        assertThat(scope.covers(null)).isFalse();
    }

    @Test
    void a_coordinator_of_every_region_and_an_admin_cover_people_without_a_region() {
        String name = Coordinators.coordinator(accounts, RegionScope.EVERY_REGION);

        assertThat(As.user(name, Coordinators.COORDINATOR, caller::regionScope).covers(null)).isTrue();
        assertThat(As.admin(caller::regionScope).all()).isTrue();
    }

    @Test
    void a_learner_or_trainer_follows_no_region() {
        String learner = People.uniqueUsername("sin");
        People.create(accounts, learner, Role.LEARNER);

        assertThat(As.user(learner, new String[] {"LEARNER"}, caller::regionScope).isEmpty()).isTrue();
        assertThat(As.user(learner, new String[] {"TRAINER"}, caller::regionScope).isEmpty()).isTrue();
    }

    @Test
    void the_coordinator_role_needs_at_least_one_region() {
        String name = People.uniqueUsername("sin-region");
        PersonId id = People.create(accounts, name, Role.LEARNER);

        assertThatThrownBy(() -> As.admin(() -> accounts.setRoles(id, Set.of(Role.COORDINATOR), RegionScope.NONE,
                accounts.find(id).orElseThrow().version())))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .anySatisfy(p -> assertThat(p.field()).isEqualTo("regions")));
        assertThatThrownBy(() -> As.admin(() -> accounts.setRoles(id, Set.of(Role.COORDINATOR),
                RegionScope.of(Set.of(987_654_321L)), accounts.find(id).orElseThrow().version())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(As.admin(() -> accounts.find(id)).orElseThrow().roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void dropping_the_coordinator_role_forgets_the_regions() {
        long sur = Coordinators.region(regions, "Sureste");
        String name = Coordinators.coordinator(accounts, RegionScope.of(Set.of(sur)));
        PersonId id = As.admin(() -> accounts.idOf(name)).orElseThrow();

        As.admin(() -> accounts.setRoles(id, Set.of(Role.LEARNER), accounts.find(id).orElseThrow().version()));

        assertThat(As.admin(() -> accounts.coordinatorScope(id)).isEmpty()).isTrue();
        assertThat(As.user(name, Coordinators.COORDINATOR, caller::regionScope).isEmpty()).isTrue();
    }

    @Test
    void only_admins_assign_regions() {
        String name = Coordinators.coordinator(accounts, RegionScope.EVERY_REGION);
        PersonId id = As.admin(() -> accounts.idOf(name)).orElseThrow();

        assertThatThrownBy(() -> As.user(name, Coordinators.COORDINATOR, () -> accounts.setRoles(id,
                Set.of(Role.COORDINATOR, Role.ADMIN), RegionScope.EVERY_REGION, 0)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_region_someone_coordinates_cannot_be_deleted() {
        RegionView region = As.admin(() -> regions.create("Región de prueba " + People.uniqueUsername("r")));
        Coordinators.coordinator(accounts, RegionScope.of(Set.of(region.id())));

        assertThatThrownBy(() -> As.admin(() -> regions.delete(region.id())))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void a_coordinator_reads_the_facts_of_their_regions_people_only() {
        long sur = Coordinators.region(regions, "Sureste");
        long nor = Coordinators.region(regions, "Noroeste");
        String name = Coordinators.coordinator(accounts, RegionScope.of(Set.of(sur)));
        PersonId south = Coordinators.learnerIn(accounts, sur, "YUC", "Valladolid", "ARTISAN");
        PersonId north = Coordinators.learnerIn(accounts, nor, "SON", "Álamos", "ARTISAN");

        assertThat(As.user(name, Coordinators.COORDINATOR, () -> directory.facts(Set.of(south, north))))
                .extracting(PersonFacts::id).containsExactly(south);
        assertThat(As.user(name, Coordinators.COORDINATOR, () -> directory.learnersIn(RegionScope.EVERY_REGION)))
                .extracting(PersonFacts::id).contains(south).doesNotContain(north);
        assertThat(As.user(name, Coordinators.COORDINATOR, () -> directory.inMyRegions(north))).isFalse();
    }
}
