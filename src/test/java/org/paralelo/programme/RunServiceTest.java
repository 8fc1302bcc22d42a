package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.EnrolmentStatus;
import org.paralelo.learning.GroupChoice;
import org.paralelo.learning.GroupEnrolment;
import org.paralelo.learning.LearnerGroup;
import org.paralelo.learning.LearnerReportService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.learning.ProgressService;
import org.paralelo.people.AccountService;
import org.paralelo.people.PeopleFilter;
import org.paralelo.people.PersonFacts;
import org.paralelo.people.PersonId;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** Runs of a course and their members, through the real services and database. */
@ParaleloSpringTest
@Tag("persistence")
class RunServiceTest {

    static final String[] LEARNER = LearningFixture.LEARNER;

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired EnrolmentService enrolment;
    @Autowired ProgressService progress;
    @Autowired TestClock clock;
    @Autowired LearnerReportService report;

    RunFixture fixture;

    @BeforeEach
    void aCourseWithTwoRuns() {
        fixture = new RunFixture(accounts, authoring, publishing, runs);
    }

    @Test
    void the_owner_sees_every_run_and_a_co_trainer_only_the_runs_they_teach() {
        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> runs.runs(fixture.course)))
                .extracting(RunSummary::name).containsExactly("Región Norte 2027-1", "Región Sureste 2027-1");
        List<RunSummary> taught = As.user(fixture.coTrainer, Courses.TRAINER, () -> runs.runs(fixture.course));
        assertThat(taught).extracting(RunSummary::name).containsExactly("Región Sureste 2027-1");
        assertThat(taught.getFirst().trainers()).extracting(t -> t.id()).containsExactly(fixture.coTrainerId);
        assertThat(taught.getFirst().mode()).isEqualTo(RunMode.HYBRID);
        assertThat(As.user(fixture.coTrainer, Courses.TRAINER, () -> runs.canPlan(fixture.course))).isFalse();
    }

    @Test
    void a_learner_who_joins_a_run_is_enrolled_in_the_course_and_sees_their_run() {
        String learner = RunFixture.learner(accounts);
        As.user(learner, LEARNER, () -> runs.join(fixture.sureste));

        assertThat(As.user(learner, LEARNER, () -> enrolment.myStatus(fixture.course)))
                .isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(As.user(learner, LEARNER, () -> runs.myRun(fixture.course))).get()
                .extracting(RunSummary::name).isEqualTo("Región Sureste 2027-1");
        assertThat(As.user(fixture.coTrainer, Courses.TRAINER, () -> runs.members(fixture.sureste)))
                .extracting(PersonFacts::username).containsExactly(learner);
    }

    @Test
    void a_learner_cannot_join_twice_nor_a_second_run_of_the_same_course() {
        String learner = RunFixture.learner(accounts);
        As.user(learner, LEARNER, () -> runs.join(fixture.sureste));
        assertThatThrownBy(() -> As.user(learner, LEARNER, () -> runs.join(fixture.sureste)))
                .hasMessage("error.programme.already-in-this-run");
        assertThatThrownBy(() -> As.user(learner, LEARNER, () -> runs.join(fixture.norte)))
                .hasMessage("error.programme.already-in-another-run");
        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> runs.run(fixture.norte)).members()).isZero();
    }

    @Test
    void a_full_run_refuses_the_next_person_and_a_closed_run_refuses_everyone() {
        RunId small = As.user(fixture.owner, Courses.TRAINER, () -> runs.create(fixture.course,
                RunFixture.draft("Pequeña", Set.of(), 1)));
        String first = RunFixture.learner(accounts);
        String second = RunFixture.learner(accounts);
        As.user(first, LEARNER, () -> runs.join(small));
        assertThatThrownBy(() -> As.user(second, LEARNER, () -> runs.join(small)))
                .hasMessage("error.programme.run-full");
        assertThat(As.user(second, LEARNER, () -> enrolment.myStatus(fixture.course)))
                .as("a refused join enrols nobody in the course").isNotEqualTo(EnrolmentStatus.ENROLLED);

        As.user(fixture.owner, Courses.TRAINER, () -> runs.close(fixture.norte));
        assertThatThrownBy(() -> As.user(second, LEARNER, () -> runs.join(fixture.norte)))
                .hasMessage("error.programme.run-closed");
        // A full run is still listed, with no seats left, so a learner sees why they cannot join it.
        assertThat(As.user(second, LEARNER, () -> runs.openRuns(fixture.course)))
                .extracting(RunSummary::name, RunSummary::seatsLeft)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Pequeña", 0),
                        org.assertj.core.groups.Tuple.tuple("Región Sureste 2027-1", null));
    }

    @Test
    void joining_outside_the_window_or_where_self_enrolment_is_off_is_refused_with_the_reason() {
        Instant now = clock.instant();
        RunId later = As.user(fixture.owner, Courses.TRAINER, () -> runs.create(fixture.course, new RunDraft(
                "Más tarde", Set.of(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), Set.of(), null, true,
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)), RunMode.ONLINE)));
        RunId invited = As.user(fixture.owner, Courses.TRAINER, () -> runs.create(fixture.course, new RunDraft(
                "Por invitación", Set.of(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), Set.of(), null,
                false, null, null, RunMode.ON_SITE)));
        String learner = RunFixture.learner(accounts);
        assertThatThrownBy(() -> As.user(learner, LEARNER, () -> runs.join(later)))
                .hasMessage("error.programme.window-not-open");
        assertThatThrownBy(() -> As.user(learner, LEARNER, () -> runs.join(invited)))
                .hasMessage("error.programme.self-enrolment-off");
        clock.advance(Duration.ofDays(3));
        assertThatThrownBy(() -> As.user(learner, LEARNER, () -> runs.join(later)))
                .hasMessage("error.programme.window-closed");
    }

    @Test
    void moving_a_learner_to_another_run_keeps_their_progress() {
        String learner = RunFixture.learner(accounts);
        PersonId learnerId = RunFixture.id(accounts, learner);
        As.user(learner, LEARNER, () -> runs.join(fixture.sureste));
        String lesson = As.user(fixture.owner, Courses.TRAINER,
                () -> authoring.draft(fixture.course).modules().getFirst().items().getFirst().key());
        As.user(learner, LEARNER, () -> progress.completeLesson(fixture.course, lesson));
        int before = As.user(learner, LEARNER, () -> progress.myProgress(fixture.course)).orElseThrow()
                .requiredDone();

        As.user(fixture.owner, Courses.TRAINER, () -> runs.move(learnerId, fixture.norte));

        assertThat(As.user(learner, LEARNER, () -> runs.myRun(fixture.course))).get()
                .extracting(RunSummary::name).isEqualTo("Región Norte 2027-1");
        assertThat(As.user(learner, LEARNER, () -> progress.myProgress(fixture.course)).orElseThrow()
                .requiredDone()).as("required lessons done after the move").isEqualTo(before).isEqualTo(1);
    }

    @Test
    void a_co_trainer_cannot_move_someone_out_of_a_run_they_do_not_teach() {
        String learner = RunFixture.learner(accounts);
        PersonId learnerId = RunFixture.id(accounts, learner);
        As.user(learner, LEARNER, () -> runs.join(fixture.norte));
        assertThatThrownBy(() -> As.user(fixture.coTrainer, Courses.TRAINER,
                () -> runs.move(learnerId, fixture.sureste))).hasMessage("error.programme.move-not-yours");
        assertThat(As.user(learner, LEARNER, () -> runs.myRun(fixture.course))).get()
                .extracting(RunSummary::name).isEqualTo("Región Norte 2027-1");
    }

    @Test
    void a_trainer_enrols_one_person_and_a_group_by_municipality_skipping_those_already_in_a_run() {
        String municipality = "Municipio " + System.nanoTime();
        PersonId a = RunFixture.learnerIn(accounts, municipality);
        PersonId b = RunFixture.learnerIn(accounts, municipality);
        PersonId c = RunFixture.learnerIn(accounts, municipality);
        As.user(fixture.owner, Courses.TRAINER, () -> runs.enrol(fixture.norte, a));
        assertThatThrownBy(() -> As.user(fixture.owner, Courses.TRAINER, () -> runs.enrol(fixture.sureste, a)))
                .hasMessage("error.programme.person-in-another-run");

        PeopleFilter filter = new PeopleFilter(null, null, municipality, null);
        assertThat(As.user(fixture.coTrainer, Courses.TRAINER, () -> runs.previewMatching(fixture.sureste, filter)))
                .isEqualTo(new GroupEnrolment(2, 1));
        GroupEnrolment done = As.user(fixture.coTrainer, Courses.TRAINER,
                () -> runs.enrolMatching(fixture.sureste, filter));

        assertThat(done).isEqualTo(new GroupEnrolment(2, 1));
        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> runs.members(fixture.sureste)))
                .extracting(PersonFacts::id).containsExactlyInAnyOrder(b, c);
    }

    @Test
    void a_group_larger_than_the_seats_left_is_refused_whole_and_nobody_is_added() {
        String municipality = "Municipio " + System.nanoTime();
        RunFixture.learnerIn(accounts, municipality);
        RunFixture.learnerIn(accounts, municipality);
        RunFixture.learnerIn(accounts, municipality);
        RunId small = As.user(fixture.owner, Courses.TRAINER, () -> runs.create(fixture.course,
                RunFixture.draft("Dos lugares", Set.of(), 2)));
        assertThatThrownBy(() -> As.user(fixture.owner, Courses.TRAINER,
                () -> runs.enrolMatching(small, new PeopleFilter(null, null, municipality, null))))
                .isInstanceOf(UserFacingException.class).hasMessage("error.programme.too-few-seats");
        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> runs.run(small)).members()).isZero();
    }

    @Test
    void a_bad_run_is_refused_with_every_problem_at_once_and_nothing_is_stored() {
        RunDraft bad = new RunDraft("  ", Set.of(999_999L), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 4, 1),
                Set.of(RunFixture.id(accounts, RunFixture.learner(accounts))), 0, true,
                Instant.parse("2027-01-02T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), RunMode.ONLINE);
        assertThatThrownBy(() -> As.user(fixture.owner, Courses.TRAINER, () -> runs.create(fixture.course, bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey()).containsExactlyInAnyOrder(
                                "name:error.required", "endsOn:error.programme.end-before-start",
                                "capacity:error.programme.capacity-range", "closesAt:error.learning.window-order",
                                "trainers:error.programme.trainer-not-of-course",
                                "regions:error.programme.region-unknown"));
        assertThatThrownBy(() -> As.user(fixture.owner, Courses.TRAINER, () -> runs.create(fixture.course,
                RunFixture.draft("región sureste 2027-1", Set.of(), null))))
                .hasMessage("error.programme.name-taken");
        assertThatThrownBy(() -> As.user(fixture.owner, Courses.TRAINER, () -> runs.create(fixture.course,
                RunFixture.draft("x".repeat(121), Set.of(), null)))).hasMessage("error.too-long");
        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> runs.runs(fixture.course))).hasSize(2);
    }

    @Test
    void capacity_below_the_current_members_is_refused_with_their_number() {
        As.user(RunFixture.learner(accounts), LEARNER, () -> runs.join(fixture.norte));
        As.user(RunFixture.learner(accounts), LEARNER, () -> runs.join(fixture.norte));
        long version = As.user(fixture.owner, Courses.TRAINER, () -> runs.run(fixture.norte)).version();
        assertThatThrownBy(() -> As.user(fixture.owner, Courses.TRAINER, () -> runs.update(fixture.norte,
                RunFixture.draft("Región Norte 2027-1", Set.of(), 1), version)))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("error.programme.capacity-below-members");
                    assertThat(refusal.arguments()).containsExactly(2);
                });
        RunSummary kept = As.user(fixture.owner, Courses.TRAINER, () -> runs.update(fixture.norte,
                RunFixture.draft("Región Norte 2027-1 (grupo B)", Set.of(), 2), version));
        assertThat(kept.capacity()).isEqualTo(2);
        assertThat(kept.seatsLeft()).isZero();
        assertThatThrownBy(() -> As.user(fixture.owner, Courses.TRAINER, () -> runs.update(fixture.norte,
                RunFixture.draft("Otra vez", Set.of(), 2), version))).hasMessage("error.stale-data");
    }

    @Test
    void a_course_without_runs_keeps_its_own_self_enrolment() {
        LearningFixture plain = new LearningFixture(accounts, authoring, publishing);
        String learner = RunFixture.learner(accounts);
        As.user(learner, LEARNER, () -> enrolment.enrolMe(plain.course));
        assertThat(As.user(learner, LEARNER, () -> enrolment.myStatus(plain.course)))
                .isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(As.user(learner, LEARNER, () -> runs.myRun(plain.course))).isEmpty();
        assertThat(As.user(plain.trainer, Courses.TRAINER, () -> runs.runs(plain.course))).isEmpty();
    }

    @Test
    void two_people_taking_the_last_seat_at_once_leave_exactly_one_member() throws Exception {
        RunId one = As.user(fixture.owner, Courses.TRAINER, () -> runs.create(fixture.course,
                RunFixture.draft("Un lugar", Set.of(), 1)));
        List<String> learners = List.of(RunFixture.learner(accounts), RunFixture.learner(accounts),
                RunFixture.learner(accounts), RunFixture.learner(accounts));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(learners.size());
        try {
            List<Future<String>> running = learners.stream().map(l -> pool.submit(() -> {
                start.await();
                try {
                    As.user(l, LEARNER, () -> runs.join(one));
                    return "joined";
                } catch (UserFacingException refused) {
                    return refused.messageKey();
                }
            })).toList();
            start.countDown();
            List<String> results = running.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(results).filteredOn("joined"::equals).hasSize(1);
            assertThat(results).filteredOn("error.programme.run-full"::equals).hasSize(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> runs.run(one)).members()).isEqualTo(1);
    }

    @Test
    void the_learners_table_and_csv_filter_by_run_and_a_co_trainer_filters_only_by_the_runs_they_teach() {
        String inSureste = RunFixture.learner(accounts);
        String inNorte = RunFixture.learner(accounts);
        As.user(inSureste, LEARNER, () -> runs.join(fixture.sureste));
        As.user(inNorte, LEARNER, () -> runs.join(fixture.norte));

        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> report.groups(fixture.course)))
                .extracting(LearnerGroup::name).containsExactly("Región Norte 2027-1", "Región Sureste 2027-1");
        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> report.learners(fixture.course,
                PeopleFilter.EVERYONE, fixture.sureste.value(), 0, 100)))
                .extracting(row -> row.person().username()).containsExactly(inSureste);
        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> report.countLearners(fixture.course,
                PeopleFilter.EVERYONE, fixture.norte.value()))).isEqualTo(1);
        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> report.countLearners(fixture.course,
                PeopleFilter.EVERYONE, null))).as("no run chosen: everyone").isEqualTo(2);
        String csv = new String(As.user(fixture.owner, Courses.TRAINER, () -> report.csv(fixture.course,
                PeopleFilter.EVERYONE, fixture.norte.value(), Locale.ENGLISH)), StandardCharsets.UTF_8);
        assertThat(csv).contains(inNorte).doesNotContain(inSureste);

        assertThat(As.user(fixture.coTrainer, Courses.TRAINER, () -> report.groups(fixture.course)))
                .extracting(LearnerGroup::name).containsExactly("Región Sureste 2027-1");
        assertThat(As.user(fixture.coTrainer, Courses.TRAINER, () -> report.countLearners(fixture.course,
                PeopleFilter.EVERYONE, fixture.norte.value()))).as("a run they do not teach shows nobody").isZero();
    }

    @Test
    void the_course_page_offers_the_choice_of_run_then_names_the_learners_run_and_nothing_without_runs() {
        String learner = RunFixture.learner(accounts);
        assertThat(As.user(learner, LEARNER, () -> enrolment.myGroupChoice(fixture.course))).get()
                .isEqualTo(new GroupChoice(null, ProgrammePaths.chooseRun(fixture.course)));
        As.user(learner, LEARNER, () -> runs.join(fixture.norte));
        assertThat(As.user(learner, LEARNER, () -> enrolment.myGroupChoice(fixture.course))).get()
                .extracting(GroupChoice::mine).isEqualTo("Región Norte 2027-1");
        LearningFixture plain = new LearningFixture(accounts, authoring, publishing);
        assertThat(As.user(learner, LEARNER, () -> enrolment.myGroupChoice(plain.course))).isEmpty();
    }
}
