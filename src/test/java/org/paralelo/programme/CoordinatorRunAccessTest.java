package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.people.PeopleFilter;
import org.paralelo.people.PersonFacts;
import org.paralelo.people.PersonId;
import org.paralelo.people.RegionScope;
import org.paralelo.people.RegionService;
import org.paralelo.support.As;
import org.paralelo.support.Coordinators;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A coordinator of Sureste follows Sureste's run and the whole-programme (national, region-less) runs, enrols the
 * people of Sureste into them, and can neither read nor enrol anyone of Noroeste (told so in their language when
 * they try), nor change a run.
 */
@ParaleloSpringTest
class CoordinatorRunAccessTest {

    static final String[] COORDINATOR = Coordinators.COORDINATOR;

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired RegionService regions;

    RunFixture fixture;
    RunId surRun;
    RunId norRun;
    String sureste;
    PersonId southerner;
    PersonId northerner;

    @BeforeEach
    void runsOfTwoRegions() {
        fixture = new RunFixture(accounts, authoring, publishing, runs);
        long sur = Coordinators.region(regions, "Sureste");
        long nor = Coordinators.region(regions, "Noroeste");
        surRun = As.user(fixture.owner, Courses.TRAINER, () -> runs.create(fixture.course, draft("Sur", sur)));
        norRun = As.user(fixture.owner, Courses.TRAINER, () -> runs.create(fixture.course, draft("Nor", nor)));
        sureste = Coordinators.coordinator(accounts, RegionScope.of(Set.of(sur)));
        southerner = Coordinators.learnerIn(accounts, sur, "CHP", "Palenque", "CULTURAL_PROMOTER");
        northerner = Coordinators.learnerIn(accounts, nor, "SON", "Álamos", "CULTURAL_PROMOTER");
    }

    static RunDraft draft(String name, long region) {
        return new RunDraft(name, Set.of(region), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 30), Set.of(),
                null, false, null, null, RunMode.ONLINE);
    }

    @Test
    void coordinator_enrols_a_person_of_their_region_into_a_run_of_their_region() {
        As.user(sureste, COORDINATOR, () -> runs.enrol(surRun, southerner));

        assertThat(As.user(sureste, COORDINATOR, () -> runs.members(surRun))).extracting(PersonFacts::id)
                .containsExactly(southerner);
    }

    @Test
    void coordinator_cannot_enrol_a_person_of_another_region_and_is_told_why() {
        assertThatThrownBy(() -> As.user(sureste, COORDINATOR, () -> runs.enrol(surRun, northerner)))
                .isInstanceOfSatisfying(UserFacingException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("error.programme.person-outside-your-regions"));
        assertThat(As.admin(() -> runs.members(surRun))).isEmpty();
    }

    @Test
    void coordinator_enrols_a_person_of_their_region_into_a_national_run() {
        As.user(sureste, COORDINATOR, () -> runs.enrol(fixture.norte, southerner));

        assertThat(As.admin(() -> runs.members(fixture.norte))).extracting(PersonFacts::id)
                .containsExactly(southerner);
    }

    @Test
    void coordinator_cannot_enrol_a_person_of_another_region_into_a_national_run() {
        assertThatThrownBy(() -> As.user(sureste, COORDINATOR, () -> runs.enrol(fixture.norte, northerner)))
                .isInstanceOfSatisfying(UserFacingException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("error.programme.person-outside-your-regions"));
        assertThat(As.admin(() -> runs.members(fixture.norte))).isEmpty();
    }

    @Test
    void coordinator_cannot_read_or_enrol_into_a_run_of_another_region() {
        assertThatThrownBy(() -> As.user(sureste, COORDINATOR, () -> runs.run(norRun)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user(sureste, COORDINATOR, () -> runs.members(norRun)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user(sureste, COORDINATOR, () -> runs.enrol(norRun, southerner)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void coordinator_follows_a_run_for_the_whole_programme_read_only() {
        assertThat(As.user(sureste, COORDINATOR, () -> runs.run(fixture.norte)).name()).isEqualTo("Región Norte 2027-1");
        assertThatThrownBy(() -> As.user(sureste, COORDINATOR, () -> runs.close(fixture.norte)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user(sureste, COORDINATOR, () -> runs.update(surRun, draft("Otro", 1L), 0)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void members_of_a_shared_run_show_a_coordinator_only_their_own_regions_people() {
        As.user(fixture.owner, Courses.TRAINER, () -> {
            runs.enrol(fixture.norte, southerner);
            runs.enrol(fixture.norte, northerner);
        });

        assertThat(As.user(sureste, COORDINATOR, () -> runs.members(fixture.norte))).extracting(PersonFacts::id)
                .containsExactly(southerner);
    }

    @Test
    void group_enrolment_by_a_coordinator_takes_only_the_people_of_their_regions() {
        As.user(sureste, COORDINATOR, () -> runs.enrolMatching(surRun,
                new PeopleFilter(null, null, null, org.paralelo.people.Position.CULTURAL_PROMOTER)));

        assertThat(As.admin(() -> runs.members(surRun))).extracting(PersonFacts::id)
                .contains(southerner).doesNotContain(northerner);
    }

    @Test
    void coordinator_finds_only_learners_of_their_regions_to_enrol() {
        String north = As.admin(() -> accounts.find(northerner).orElseThrow().username());
        String south = As.admin(() -> accounts.find(southerner).orElseThrow().username());

        assertThat(As.user(sureste, COORDINATOR, () -> runs.findLearnersToEnrol(surRun, north, 10))).isEmpty();
        assertThat(As.user(sureste, COORDINATOR, () -> runs.findLearnersToEnrol(surRun, south, 10))).hasSize(1);
    }
}
