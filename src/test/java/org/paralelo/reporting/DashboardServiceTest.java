package org.paralelo.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.ProgressService;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.people.RegionService;
import org.paralelo.reporting.domain.ProgressSummaryStore;
import org.paralelo.support.As;
import org.paralelo.support.Coordinators;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ParaleloSpringTest
@Tag("persistence")
class DashboardServiceTest {

    static final String[] COORDINATOR = Coordinators.COORDINATOR;
    static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolments;
    @Autowired ProgressService progress;
    @Autowired DashboardService dashboards;
    @Autowired TargetService targets;
    @Autowired ProgressReadModel readModel;
    @Autowired ProgressSummaryStore store;
    @Autowired Clock clock;

    ReportingFixture fixture;
    ReportPeriod thisYear;

    @BeforeEach
    void aProgrammeOfTwoRegions() {
        fixture = new ReportingFixture(accounts, regions, authoring, publishing, enrolments, progress);
        thisYear = ReportPeriod.yearTo(LocalDate.now(clock.withZone(ProgrammeZone.ZONE)));
    }

    Dashboard regionA(String coordinator) {
        return As.user(coordinator, COORDINATOR,
                () -> dashboards.dashboard(thisYear, Place.region(fixture.regionA), SPANISH));
    }

    @Test
    void a_region_counts_people_reached_enrolled_active_and_completed_from_learnings_events() {
        Dashboard dashboard = regionA(fixture.coordinatorA);

        ReportRow total = dashboard.total();
        assertThat(total.reached()).isEqualTo(3);
        assertThat(total.enrolled()).isEqualTo(3);
        assertThat(total.active()).isEqualTo(1);
        assertThat(total.completed()).isEqualTo(1);
        assertThat(dashboard.funnel()).extracting(Dashboard.FunnelStep::people).startsWith(3, 1, 1);
    }

    @Test
    void a_region_breaks_down_by_state_position_audience_and_course() {
        Dashboard dashboard = regionA(fixture.coordinatorA);

        assertThat(dashboard.places()).extracting(ReportRow::key, ReportRow::reached)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OAX", 2),
                        org.assertj.core.groups.Tuple.tuple("PUE", 1));
        assertThat(dashboard.places()).extracting(ReportRow::label).containsExactly("Oaxaca", "Puebla");
        assertThat(dashboard.targets()).extracting(ReportRow::key, ReportRow::reached).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DIRECTORS", 1),
                org.assertj.core.groups.Tuple.tuple("PRACTITIONERS", 2));
        assertThat(dashboard.positions()).hasSize(3);
        assertThat(dashboard.courses()).singleElement().satisfies(course -> {
            assertThat(course.key()).isEqualTo(Long.toString(fixture.learning.course.value()));
            assertThat(course.reached()).isEqualTo(3);
            assertThat(course.completed()).isEqualTo(1);
        });
    }

    @Test
    void a_municipality_lists_its_people_with_their_progress() {
        Place teotitlan = Place.region(fixture.regionA).state(MexicanState.OAX).municipality("teotitlán del valle");

        Dashboard dashboard = As.user(fixture.coordinatorA, COORDINATOR,
                () -> dashboards.dashboard(thisYear, teotitlan, SPANISH));

        assertThat(dashboard.places()).extracting(ReportRow::key).containsExactlyInAnyOrder(
                Long.toString(fixture.finisher.value()), Long.toString(fixture.idle.value()));
        assertThat(dashboard.places()).filteredOn(r -> r.key().equals(Long.toString(fixture.finisher.value())))
                .singleElement().satisfies(r -> assertThat(r.completed()).isEqualTo(1));
    }

    @Test
    void a_coordinator_of_another_region_cannot_look_at_it_nor_see_its_people_in_the_programme_view() {
        assertThatThrownBy(() -> regionA(fixture.coordinatorB)).isInstanceOf(AccessDeniedException.class);

        Dashboard theirs = As.user(fixture.coordinatorB, COORDINATOR,
                () -> dashboards.dashboard(thisYear, Place.PROGRAMME, SPANISH));

        assertThat(theirs.places()).extracting(ReportRow::key).containsExactly(Long.toString(fixture.regionB));
        assertThat(theirs.total().reached()).isEqualTo(1);
    }

    @Test
    void learners_and_trainers_get_no_dashboard() {
        assertThatThrownBy(() -> As.user(fixture.learning.trainer, new String[] {"TRAINER"},
                () -> dashboards.dashboard(thisYear, Place.PROGRAMME, SPANISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("alguien", new String[] {"LEARNER"},
                () -> dashboards.dashboard(thisYear, Place.PROGRAMME, SPANISH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_earlier_period_counts_nothing_of_this_years_enrolments() {
        ReportPeriod past = new ReportPeriod(thisYear.from().minusYears(2), thisYear.from().minusYears(1));

        Dashboard dashboard = As.user(fixture.coordinatorA, COORDINATOR,
                () -> dashboards.dashboard(past, Place.region(fixture.regionA), SPANISH));

        assertThat(dashboard.total().reached()).isZero();
        assertThat(dashboard.total().enrolled()).isZero();
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_in_words() {
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("error.reporting.period-order")));
    }

    @Test
    void region_targets_set_by_an_admin_show_beside_the_region_and_coordinators_cannot_set_them() {
        As.admin(() -> targets.set(Audience.DIRECTORS, fixture.regionA, 40, -1));
        As.admin(() -> targets.set(Audience.PRACTITIONERS, fixture.regionA, 60, -1));

        Dashboard programme = As.user(fixture.coordinatorA, COORDINATOR,
                () -> dashboards.dashboard(thisYear, Place.PROGRAMME, SPANISH));

        assertThat(programme.places()).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo(100);
            assertThat(r.percentOfTarget()).isEqualTo(3);
        });
        assertThat(programme.total().target()).isEqualTo(100);
        assertThatThrownBy(() -> As.user(fixture.coordinatorA, COORDINATOR,
                () -> targets.set(Audience.DIRECTORS, fixture.regionA, 1, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.admin(() -> targets.set(Audience.DIRECTORS, fixture.regionA, -5, 0)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_programme_targets_are_seeded_with_415_directors_and_415_practitioners() {
        assertThat(As.admin(targets::targets)).filteredOn(t -> t.regionId() == null)
                .extracting(TargetView::audience, TargetView::target)
                .contains(org.assertj.core.groups.Tuple.tuple(Audience.DIRECTORS, 415),
                        org.assertj.core.groups.Tuple.tuple(Audience.PRACTITIONERS, 415));
    }

    @Test
    void refreshing_a_row_twice_or_rebuilding_everything_changes_no_figure() {
        Dashboard before = regionA(fixture.coordinatorA);

        readModel.refresh(fixture.learning.course, fixture.finisher);
        readModel.refresh(fixture.learning.course, fixture.finisher);
        assertThat(readModel.rebuild()).isGreaterThanOrEqualTo(4);

        assertThat(regionA(fixture.coordinatorA)).usingRecursiveComparison().isEqualTo(before);
    }
}
