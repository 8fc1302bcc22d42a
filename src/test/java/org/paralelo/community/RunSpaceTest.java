package org.paralelo.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.base.Languages;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.RegionScope;
import org.paralelo.people.RegionService;
import org.paralelo.people.Role;
import org.paralelo.programme.RunCircleService;
import org.paralelo.programme.RunDraft;
import org.paralelo.programme.RunId;
import org.paralelo.programme.RunMode;
import org.paralelo.programme.RunService;
import org.paralelo.programme.RunSummary;
import org.paralelo.search.SearchHit;
import org.paralelo.search.SearchService;
import org.paralelo.support.As;
import org.paralelo.support.Coordinators;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.paralelo.support.SearchPolling;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A space per programme run: a course with a Sureste run (taught by a co-trainer, one member) and a Noroeste run
 * (another member). The run's circle reads and writes in its space, the run's managers moderate it, the coordinator
 * of Sureste reads it only, everyone else — the other run's member included — finds nothing; membership follows
 * enrolment in the run, and search keeps the same line inside the query.
 */
@ParaleloSpringTest
@Tag("persistence")
@RecordApplicationEvents
class RunSpaceTest {

    static final String[] LEARNER = SpaceFixture.LEARNER;
    static final String[] TRAINER = Courses.TRAINER;

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired RunCircleService circles;
    @Autowired RegionService regions;
    @Autowired SpaceService spaces;
    @Autowired ThreadService threads;
    @Autowired ModerationService moderation;
    @Autowired SearchService search;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;

    String owner;
    String coTrainer;
    PersonId coTrainerId;
    String member;
    PersonId memberId;
    String otherRunMember;
    PersonId otherRunMemberId;
    String coordinator;
    String otherCoordinator;
    String networkModerator;
    String admin;
    RunId sur;
    RunId nor;
    SpaceId surSpace;
    ThreadId thread;
    PostId reply;

    @BeforeEach
    void aCourseWithTwoRunsAndAThreadInTheSuresteSpace() {
        LearningFixture course = new LearningFixture(accounts, authoring, publishing);
        owner = course.trainer;
        coTrainer = People.uniqueUsername("co-red");
        coTrainerId = People.create(accounts, coTrainer, Role.TRAINER);
        As.user(owner, TRAINER, () -> authoring.setCoTrainers(course.course, Set.of(coTrainerId)));
        long sureste = Coordinators.region(regions, "Sureste");
        long noroeste = Coordinators.region(regions, "Noroeste");
        sur = As.user(owner, TRAINER, () -> runs.create(course.course, draft("Sureste " + coTrainer, sureste,
                Set.of(coTrainerId))));
        nor = As.user(owner, TRAINER, () -> runs.create(course.course, draft("Noroeste " + coTrainer, noroeste,
                Set.of())));
        member = LearningFixture.learner(accounts);
        memberId = LearningFixture.learnerId(accounts, member);
        otherRunMember = LearningFixture.learner(accounts);
        otherRunMemberId = LearningFixture.learnerId(accounts, otherRunMember);
        As.user(owner, TRAINER, () -> {
            runs.enrol(sur, memberId);
            runs.enrol(nor, otherRunMemberId);
        });
        coordinator = Coordinators.coordinator(accounts, RegionScope.of(Set.of(sureste)));
        otherCoordinator = Coordinators.coordinator(accounts, RegionScope.of(Set.of(noroeste)));
        networkModerator = LearningFixture.learner(accounts);
        admin = People.uniqueUsername("admin-ed");
        People.create(accounts, admin, Role.ADMIN);
        As.user(admin, SpaceFixture.ADMIN, () -> moderation.nameNetworkModerator(
                As.admin(() -> accounts.idOf(networkModerator)).orElseThrow(), "Coordina"));
        clock.advance(Duration.ofDays(8));
        surSpace = As.user(member, LEARNER, () -> spaces.runSpace(sur).id());
        thread = As.user(member, LEARNER, () -> threads.open(new NewThread(surSpace, ThreadKind.DISCUSSION,
                "Tarea de la semana", "¿Quién ya la entregó?")));
        reply = As.user(coTrainer, TRAINER, () -> threads.reply(new NewReply(thread, "Yo la reviso el lunes", null,
                null)));
    }

    static RunDraft draft(String name, long region, Set<PersonId> trainers) {
        return new RunDraft(name, Set.of(region), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 30), trainers,
                null, false, null, null, RunMode.HYBRID);
    }

    @ParameterizedTest(name = "{0}: read {1}, post {2}, edit {3}, moderate {4}")
    @CsvSource({
        "anonymous,          false, false, false, false",
        "other-run-member,   false, false, false, false",
        "member,             true,  true,  false, false",
        "run-trainer,        true,  true,  true,  true",
        "course-owner,       true,  true,  true,  true",
        "coordinator,        true,  false, false, false",
        "other-coordinator,  false, false, false, false",
        "net-moderator,      false, false, false, false",
        "admin,              true,  true,  true,  true",
    })
    void each_role_may_do_exactly_what_the_run_space_matrix_says(String role, boolean read, boolean post,
                                                                  boolean edit, boolean moderate) {
        new SpaceMatrix(threads, moderation, admin, surSpace, thread, reply)
                .check(action -> allowed(role, action), read, post, edit, moderate);
    }

    @Test
    void each_person_lists_the_spaces_of_the_runs_they_have_a_place_in() {
        assertThat(As.user(member, LEARNER, () -> spaces.runSpaces())).extracting(SpaceSummary::id)
                .containsExactly(surSpace);
        assertThat(As.user(member, LEARNER, () -> spaces.runSpaces())).extracting(SpaceSummary::kind)
                .containsOnly(SpaceKind.RUN);
        assertThat(As.user(coordinator, Coordinators.COORDINATOR, () -> spaces.runSpaces()))
                .extracting(SpaceSummary::id).contains(surSpace);
        assertThat(As.user(otherCoordinator, Coordinators.COORDINATOR, () -> spaces.runSpaces()))
                .extracting(SpaceSummary::id).doesNotContain(surSpace);
        assertThat(As.user(otherRunMember, LEARNER, () -> spaces.runSpaces())).extracting(SpaceSummary::id)
                .doesNotContain(surSpace).hasSize(1);
        assertThat(allowed("other-run-member", () -> spaces.runSpace(sur))).isFalse();
    }

    @Test
    void moving_a_member_to_the_other_run_moves_them_to_its_space() {
        As.user(owner, TRAINER, () -> runs.move(memberId, nor));

        assertThat(allowed("member", () -> threads.thread(thread))).isFalse();
        SpaceId norSpace = As.user(member, LEARNER, () -> spaces.runSpace(nor).id());
        assertThat(As.user(member, LEARNER, () -> spaces.runSpaces())).extracting(SpaceSummary::id)
                .containsExactly(norSpace);
        assertThat(As.user(otherRunMember, LEARNER, () -> spaces.space(norSpace)).kind()).isEqualTo(SpaceKind.RUN);
    }

    @Test
    void a_coordinator_who_follows_the_run_hears_of_a_mention_there_and_the_other_regions_coordinator_does_not() {
        PostId post = As.user(member, LEARNER, () -> threads.reply(new NewReply(thread, "@" + coordinator + " y @"
                + otherCoordinator + ": ¿nos acompañan el lunes?", null, null)));

        PostPublished published = events.stream(PostPublished.class).filter(e -> e.postId() == post.value())
                .findFirst().orElseThrow();
        PersonId coordinatorId = As.admin(() -> accounts.idOf(coordinator)).orElseThrow();
        PersonId otherCoordinatorId = As.admin(() -> accounts.idOf(otherCoordinator)).orElseThrow();
        assertThat(published.mentioned()).contains(coordinatorId).doesNotContain(otherCoordinatorId);
        assertThat(As.user(member, LEARNER, () -> circles.mayRead(sur, coordinatorId))).isTrue();
        assertThat(As.user(member, LEARNER, () -> circles.mayRead(sur, otherCoordinatorId))).isFalse();
    }

    @Test
    void a_coordinator_reads_a_run_thread_without_any_way_to_change_it() {
        ThreadDetails seen = As.user(coordinator, Coordinators.COORDINATOR, () -> threads.thread(thread));
        assertThat(seen.mayTakePart()).isFalse();
        assertThat(seen.mayReply()).isFalse();
        assertThat(allowed("coordinator", () -> {
            threads.markUseful(reply, true);
            return null;
        })).as("mark useful").isFalse();
        assertThat(allowed("coordinator", () -> {
            threads.follow(thread, true);
            return null;
        })).as("follow").isFalse();
        assertThat(As.user(member, LEARNER, () -> threads.thread(thread)).mayTakePart()).isTrue();
    }

    @Test
    void the_run_circle_is_the_members_the_run_trainers_and_the_course_owner() {
        PersonId ownerId = As.admin(() -> accounts.idOf(owner)).orElseThrow();
        As.user(member, LEARNER, () -> {
            assertThat(circles.belongs(sur, memberId)).isTrue();
            assertThat(circles.belongs(sur, coTrainerId)).isTrue();
            assertThat(circles.belongs(sur, ownerId)).isTrue();
            assertThat(circles.belongs(sur, otherRunMemberId)).isFalse();
            assertThat(circles.belongs(nor, coTrainerId)).isFalse();
            return null;
        });
    }

    @Test
    void a_run_spaces_thread_is_found_in_search_by_the_circle_only() {
        As.user(member, LEARNER, () -> threads.open(new NewThread(surSpace, ThreadKind.DISCUSSION,
                "Visita al museo", "Nos vemos en el ajolotario comunitario")));
        List<SearchHit> hits = SearchPolling.find(search, coTrainer, TRAINER, "ajolotario", true);
        assertThat(hits).isNotEmpty();
        assertThat(SearchPolling.find(search, coordinator, Coordinators.COORDINATOR, "ajolotario", true))
                .isNotEmpty();
        assertThat(SearchPolling.find(search, otherRunMember, LEARNER, "ajolotario", false)).isEmpty();
        assertThat(SearchPolling.find(search, otherCoordinator, Coordinators.COORDINATOR, "ajolotario", false))
                .isEmpty();
    }

    @Test
    void renaming_the_run_renames_it_in_its_space_posts_breadcrumbs_within_seconds() {
        ThreadId visit = As.user(member, LEARNER, () -> threads.open(new NewThread(surSpace, ThreadKind.DISCUSSION,
                "Visita", "Nos vemos en el cenote xcaretense")));
        As.user(coTrainer, TRAINER, () -> threads.reply(new NewReply(visit, "Llevo el mapa del xcaretense", null,
                null)));
        assertThat(SearchPolling.breadcrumbsFirst(search, member, LEARNER, "xcaretense", Languages.SPANISH,
                "Sureste " + coTrainer, 2)).hasSize(2);

        String renamed = "Península " + coTrainer;
        RunSummary run = As.user(owner, TRAINER, () -> runs.run(sur));
        As.user(owner, TRAINER, () -> runs.update(sur, draft(renamed, run.regions().getFirst().id(),
                Set.of(coTrainerId)), run.version()));

        assertThat(SearchPolling.breadcrumbsFirst(search, member, LEARNER, "xcaretense", Languages.SPANISH, renamed,
                2)).hasSize(2);
        assertThat(SearchPolling.breadcrumbsFirst(search, member, LEARNER, "xcaretense", Languages.ENGLISH, renamed,
                2)).hasSize(2);
    }

    private boolean allowed(String role, Supplier<?> action) {
        return SpaceMatrix.permitted(role, () -> switch (role) {
            case "anonymous" -> As.anonymous(action);
            case "other-run-member" -> As.user(otherRunMember, LEARNER, action);
            case "member" -> As.user(member, LEARNER, action);
            case "run-trainer" -> As.user(coTrainer, TRAINER, action);
            case "course-owner" -> As.user(owner, TRAINER, action);
            case "coordinator" -> As.user(coordinator, Coordinators.COORDINATOR, action);
            case "other-coordinator" -> As.user(otherCoordinator, Coordinators.COORDINATOR, action);
            case "net-moderator" -> As.user(networkModerator, LEARNER, action);
            case "admin" -> As.user(admin, SpaceFixture.ADMIN, action);
            default -> throw new IllegalArgumentException(role);
        });
    }
}
