package org.paralelo.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paralelo.base.InputChecks;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseId;
import org.paralelo.learning.EnrolmentGrants;
import org.paralelo.learning.GroupEnrolment;
import org.paralelo.people.PeopleFilter;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonFacts;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.paralelo.people.ProfileService;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.programme.domain.Run;
import org.paralelo.programme.domain.RunMember;
import org.paralelo.programme.domain.RunMemberRepository;
import org.paralelo.programme.domain.RunRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs (cohorts) of a course and who belongs to which. A person is in at most one run of a course; joining a run
 * enrols them in the course (learning), and moving them to another run keeps their progress, which belongs to the
 * course. Seats are counted under a lock on the run, so a full run never takes one more. A course without runs is
 * untouched: its enrolment works as before. Every transaction is READ COMMITTED (the pool's level, set in
 * application.properties), so that on MariaDB (REPEATABLE READ by default) the count taken after the lock sees the
 * seats others committed meanwhile, not the snapshot of the first read.
 */
@Service
@Transactional
public class RunService {

    private final RunRepository runs;
    private final RunMemberRepository members;
    private final RunAccess access;
    private final CatalogueService catalogue;
    private final EnrolmentGrants grants;
    private final PersonDirectory directory;
    private final ProfileService profiles;
    private final RegionService regions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RunService(RunRepository runs, RunMemberRepository members, RunAccess access, CatalogueService catalogue,
               EnrolmentGrants grants, PersonDirectory directory, ProfileService profiles, RegionService regions,
               Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.runs = runs;
        this.members = members;
        this.access = access;
        this.catalogue = catalogue;
        this.grants = grants;
        this.directory = directory;
        this.profiles = profiles;
        this.regions = regions;
        this.clock = clock;
    }

    /** The runs of a course the signed-in trainer manages: all for its owner and admins, their own for others. */
    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public List<RunSummary> runs(CourseId course) {
        List<Run> all = runs.findByCourseIdOrderByStartsOnAscNameAsc(course.value());
        boolean everything = access.canPlan(course);
        long me = me().value();
        return summaries(all.stream().filter(r -> everything || r.getTrainerIds().contains(me)).toList());
    }

    /** Whether the signed-in person may create runs of this course (its owner and admins). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean canPlan(CourseId course) {
        return access.canPlan(course);
    }

    /** Whether the signed-in person manages this run (screens ask before showing it). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean canManage(RunId run) {
        return access.canManage(run);
    }

    /** The course's trainers, among whom a run's trainers are chosen. */
    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public List<PersonRef> courseTrainers(CourseId course) {
        return catalogue.trainersOf(course).stream().flatMap(id -> directory.displayName(id)
                .map(name -> new PersonRef(id, name, "")).stream()).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canFollow(#run)")
    public RunSummary run(RunId run) {
        return summaries(List.of(find(run))).getFirst();
    }

    @PreAuthorize("@runAccess.canPlan(#course)")
    public RunId create(CourseId course, RunDraft draft) {
        check(course, draft, null);
        Run run = new Run(course.value());
        apply(run, draft);
        return new RunId(runs.saveAndFlush(run).getId());
    }

    /**
     * Changes a run; a capacity below its current members is refused with how many there are. A new name is
     * announced ({@link RunRenamed}).
     */
    @PreAuthorize("@runAccess.canManage(#id)")
    public RunSummary update(RunId id, RunDraft draft, long version) {
        Run run = runs.lockById(id.value()).orElseThrow(() -> new UserFacingException("error.programme.run-unknown"));
        StaleDataException.check(version, run.getVersion());
        check(new CourseId(run.getCourseId()), draft, run);
        String before = run.getName();
        apply(run, draft);
        if (!run.getName().equals(before)) {
            events.publishEvent(new RunRenamed(id, run.getName()));
        }
        return summaries(List.of(runs.saveAndFlush(run))).getFirst();
    }

    /** What the run asks of its members on site to complete the course. */
    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canSee(#id)")
    public AttendanceRequirement attendanceRequirement(RunId id) {
        return OnSiteAttendance.requirementOf(find(id));
    }

    /**
     * Sets the on-site attendance needed to complete: a number of sessions (1 to 100) or a percentage (1 to 100),
     * not both; neither removes the requirement. Learners who already completed keep their completion.
     */
    @PreAuthorize("@runAccess.canManage(#id)")
    public void requireAttendance(RunId id, AttendanceRequirement requirement) {
        Run run = find(id);
        new InputChecks().require(requirement.sessions() == null || requirement.percent() == null, "percent",
                        "error.programme.requirement.one-of")
                .require(requirement.sessions() == null || requirement.sessions() >= 1
                        && requirement.sessions() <= AttendanceRequirement.MAX_SESSIONS, "sessions",
                        "error.programme.requirement.sessions-range", AttendanceRequirement.MAX_SESSIONS)
                .require(requirement.percent() == null || requirement.percent() >= 1 && requirement.percent() <= 100,
                        "percent", "error.programme.requirement.percent-range")
                .throwIfAny();
        run.requireAttendance(requirement.sessions(), requirement.percent(), requirement.excusedCounts());
        runs.saveAndFlush(run);
    }

    /** Closes a run: nobody joins it any more; its members and their records stay. */
    @PreAuthorize("@runAccess.canManage(#id)")
    public void close(RunId id) {
        Run run = find(id);
        run.close(clock.instant());
        runs.saveAndFlush(run);
    }

    /** Runs of a published course a learner may join now, for the course page. */
    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canView(#course)")
    public List<RunSummary> openRuns(CourseId course) {
        Instant now = clock.instant();
        return summaries(runs.findByCourseIdOrderByStartsOnAscNameAsc(course.value()).stream()
                .filter(r -> r.isOpenToJoinAt(now)).toList());
    }

    /** The run of this course the signed-in person belongs to, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<RunSummary> myRun(CourseId course) {
        return profiles.myId().flatMap(me -> members.findByCourseIdAndPersonId(course.value(), me.value()))
                .flatMap(m -> runs.findById(m.getRunId())).map(r -> summaries(List.of(r)).getFirst());
    }

    /** The signed-in person joins a run that allows it, inside its window, while seats are left. */
    @PreAuthorize("isAuthenticated()")
    public void join(RunId id) {
        PersonId me = me();
        Run run = runs.lockById(id.value()).orElseThrow(() -> new UserFacingException("error.programme.run-unknown"));
        Instant now = clock.instant();
        Optional<RunMember> current = members.findByCourseIdAndPersonId(run.getCourseId(), me.value());
        if (current.isPresent()) {
            throw new UserFacingException(current.get().getRunId() == run.getId()
                    ? "error.programme.already-in-this-run" : "error.programme.already-in-another-run");
        }
        if (run.getClosedAt() != null) {
            throw new UserFacingException("error.programme.run-closed");
        }
        if (!run.isSelfEnrolment()) {
            throw new UserFacingException("error.programme.self-enrolment-off");
        }
        if (run.getOpensAt() != null && now.isBefore(run.getOpensAt())) {
            throw new UserFacingException("error.programme.window-not-open");
        }
        if (!run.isOpenToJoinAt(now)) {
            throw new UserFacingException("error.programme.window-closed");
        }
        requireSeats(run, 1);
        grants.enrolIfAbsent(new CourseId(run.getCourseId()), me, me);
        members.saveAndFlush(new RunMember(run, me.value(), me.value(), now));
    }

    /** The run's members with name and place, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canFollow(#id)")
    public List<PersonFacts> members(RunId id) {
        List<PersonId> ids = members.findByRunIdOrderByJoinedAtAsc(id.value()).stream()
                .map(m -> new PersonId(m.getPersonId())).toList();
        return ids.isEmpty() ? List.of() : directory.facts(ids).stream()
                .sorted(Comparator.comparing((PersonFacts p) -> p.fullName().toLowerCase(Locale.ROOT))
                        .thenComparing(PersonFacts::username)).toList();
    }

    /**
     * A trainer enrols one person into the run (and the course, if they were not yet); a coordinator who follows
     * the run (one of their regions' or a national one, without region), a person of their regions only: anyone
     * else is refused with a message saying so.
     */
    @PreAuthorize("@runAccess.canFollow(#id)")
    public void enrol(RunId id, PersonId person) {
        if (!access.canEnrol(id, person)) {
            throw new UserFacingException("error.programme.person-outside-your-regions");
        }
        Run run = runs.lockById(id.value()).orElseThrow(() -> new UserFacingException("error.programme.run-unknown"));
        if (directory.displayName(person).isEmpty()) {
            throw new UserFacingException("error.learning.person-unknown");
        }
        Optional<RunMember> current = members.findByCourseIdAndPersonId(run.getCourseId(), person.value());
        if (current.isPresent()) {
            throw new UserFacingException(current.get().getRunId() == run.getId()
                    ? "error.programme.person-in-this-run" : "error.programme.person-in-another-run",
                    runName(current.get().getRunId()));
        }
        requireOpen(run);
        requireSeats(run, 1);
        grants.enrolIfAbsent(new CourseId(run.getCourseId()), person, me());
        members.saveAndFlush(new RunMember(run, person.value(), me().value(), clock.instant()));
    }

    /**
     * Learners to enrol one by one: a few letters, leaving out those already in a run of the course (a coordinator
     * finds only the people of their regions).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canFollow(#id)")
    public List<PersonRef> findLearnersToEnrol(RunId id, String text, int limit) {
        Run run = find(id);
        List<PersonRef> found = directory.findLearners(text, limit);
        Set<Long> inRuns = inAnyRun(run.getCourseId(), found.stream().map(p -> p.id().value()).toList());
        return found.stream().filter(p -> !inRuns.contains(p.id().value())).toList();
    }

    /** What {@link #enrolMatching} would do: how many would join, and how many are already in a run. */
    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canFollow(#id)")
    public GroupEnrolment previewMatching(RunId id, PeopleFilter filter) {
        Run run = find(id);
        List<PersonId> matching = directory.learnersMatching(filter);
        Set<Long> inRuns = inAnyRun(run.getCourseId(), matching.stream().map(PersonId::value).toList());
        return new GroupEnrolment(matching.size() - inRuns.size(), inRuns.size());
    }

    /**
     * Enrols every learner matching the filter who is in no run of the course yet (for a coordinator: of their
     * regions). All or nothing: when they do not fit in the seats left, nobody is added and the message says how
     * many seats there are.
     */
    @PreAuthorize("@runAccess.canFollow(#id)")
    public GroupEnrolment enrolMatching(RunId id, PeopleFilter filter) {
        Run run = runs.lockById(id.value()).orElseThrow(() -> new UserFacingException("error.programme.run-unknown"));
        requireOpen(run);
        List<PersonId> matching = directory.learnersMatching(filter);
        Set<Long> inRuns = inAnyRun(run.getCourseId(), matching.stream().map(PersonId::value).toList());
        List<PersonId> joining = matching.stream().filter(p -> !inRuns.contains(p.value())).toList();
        requireSeats(run, joining.size());
        PersonId by = me();
        Instant now = clock.instant();
        CourseId course = new CourseId(run.getCourseId());
        for (PersonId person : joining) {
            grants.enrolIfAbsent(course, person, by);
            members.save(new RunMember(run, person.value(), by.value(), now));
        }
        members.flush();
        return new GroupEnrolment(joining.size(), inRuns.size());
    }

    /**
     * Runs not closed, for choosing where the people of a bulk import go (newest start first): every run for an
     * admin, the runs a coordinator follows for them.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<RunSummary> runsToEnrolInto() {
        return summaries(runs.findAll().stream().filter(r -> r.getClosedAt() == null)
                .filter(r -> access.canEnrolImportInto(new RunId(r.getId())))
                .sorted(Comparator.comparing(Run::getStartsOn).reversed().thenComparing(Run::getName)).toList());
    }

    /**
     * Enrols these people into the run, leaving out those already in a run of the course, so enrolling the same
     * list again changes nothing (the bulk import's option). All or nothing when the seats left are too few, and
     * when a coordinator lists anyone outside their regions: then nobody is added and the message says so, as for
     * one person ({@link #enrol}).
     */
    @PreAuthorize("@runAccess.canEnrolImportInto(#id)")
    public GroupEnrolment enrolAll(RunId id, Collection<PersonId> people) {
        if (!access.canEnrolAll(id, people)) {
            throw new UserFacingException("error.programme.person-outside-your-regions");
        }
        Run run = runs.lockById(id.value()).orElseThrow(() -> new UserFacingException("error.programme.run-unknown"));
        requireOpen(run);
        List<Long> distinct = people.stream().map(PersonId::value).distinct().toList();
        Set<Long> inRuns = inAnyRun(run.getCourseId(), distinct);
        List<Long> joining = distinct.stream().filter(p -> !inRuns.contains(p)).toList();
        requireSeats(run, joining.size());
        PersonId by = me();
        Instant now = clock.instant();
        CourseId course = new CourseId(run.getCourseId());
        for (Long person : joining) {
            grants.enrolIfAbsent(course, new PersonId(person), by);
            members.save(new RunMember(run, person, by.value(), now));
        }
        members.flush();
        return new GroupEnrolment(joining.size(), inRuns.size());
    }

    /**
     * Moves a person to another run of the same course; the trainer must manage both runs. Progress, quiz results
     * and certificates belong to the course enrolment and stay as they are.
     */
    @PreAuthorize("@runAccess.canManage(#target)")
    public void move(PersonId person, RunId target) {
        Run to = runs.lockById(target.value())
                .orElseThrow(() -> new UserFacingException("error.programme.run-unknown"));
        RunMember member = members.findByCourseIdAndPersonId(to.getCourseId(), person.value())
                .orElseThrow(() -> new UserFacingException("error.programme.person-in-no-run"));
        if (member.getRunId() == to.getId()) {
            throw new UserFacingException("error.programme.person-in-this-run", to.getName());
        }
        if (!access.canManage(new RunId(member.getRunId()))) {
            throw new UserFacingException("error.programme.move-not-yours");
        }
        requireOpen(to);
        requireSeats(to, 1);
        member.moveTo(to, me().value(), clock.instant());
        members.saveAndFlush(member);
    }

    private void check(CourseId course, RunDraft draft, @org.jspecify.annotations.Nullable Run existing) {
        InputChecks checks = new InputChecks().text(draft.name(), "name", Run.MAX_NAME)
                .require(draft.startsOn() != null, "startsOn", "error.required")
                .require(draft.endsOn() != null, "endsOn", "error.required");
        if (draft.startsOn() != null && draft.endsOn() != null) {
            checks.require(!draft.endsOn().isBefore(draft.startsOn()), "endsOn", "error.programme.end-before-start");
        }
        if (draft.capacity() != null) {
            checks.require(draft.capacity() >= 1 && draft.capacity() <= Run.MAX_CAPACITY, "capacity",
                    "error.programme.capacity-range", Run.MAX_CAPACITY);
            if (existing != null) {
                int now = members.countByRunId(existing.getId());
                checks.require(draft.capacity() >= now, "capacity", "error.programme.capacity-below-members", now);
            }
        }
        if (draft.opensAt() != null && draft.closesAt() != null) {
            checks.require(draft.opensAt().isBefore(draft.closesAt()), "closesAt", "error.learning.window-order");
        }
        if (!checks.hasProblem("name")) {
            String name = draft.name().strip();
            checks.require(existing == null ? !runs.existsByCourseIdAndNameIgnoreCase(course.value(), name)
                    : !runs.existsByCourseIdAndNameIgnoreCaseAndIdNot(course.value(), name, existing.getId()),
                    "name", "error.programme.name-taken");
        }
        checks.require(catalogue.trainersOf(course).containsAll(draft.trainers()), "trainers",
                "error.programme.trainer-not-of-course");
        Set<Long> knownRegions = regions.list().stream().map(RegionView::id).collect(Collectors.toSet());
        checks.require(knownRegions.containsAll(draft.regionIds()), "regions", "error.programme.region-unknown");
        checks.throwIfAny();
    }

    private static void apply(Run run, RunDraft draft) {
        run.describe(draft.name(), draft.startsOn(), draft.endsOn(), draft.mode());
        run.setEnrolment(draft.capacity(), draft.selfEnrolment(), draft.opensAt(), draft.closesAt());
        run.setRegionIds(draft.regionIds());
        run.setTrainerIds(draft.trainers().stream().map(PersonId::value).toList());
    }

    private void requireOpen(Run run) {
        if (run.getClosedAt() != null) {
            throw new UserFacingException("error.programme.run-closed");
        }
    }

    /** Called with the run locked, so the count cannot change before the seats are taken. */
    private void requireSeats(Run run, int wanted) {
        if (run.getCapacity() == null) {
            return;
        }
        int left = run.getCapacity() - members.countByRunId(run.getId());
        if (wanted > left) {
            throw new UserFacingException(wanted == 1 ? "error.programme.run-full" : "error.programme.too-few-seats",
                    Math.max(0, left), wanted);
        }
    }

    private Set<Long> inAnyRun(long course, Collection<Long> people) {
        return people.isEmpty() ? Set.of() : members.findByCourseIdAndPersonIdIn(course, people).stream()
                .map(RunMember::getPersonId).collect(Collectors.toSet());
    }

    private String runName(long id) {
        return runs.findById(id).map(Run::getName).orElse("");
    }

    private Run find(RunId id) {
        return runs.findById(id.value()).orElseThrow(() -> new UserFacingException("error.programme.run-unknown"));
    }

    private PersonId me() {
        return profiles.myId().orElseThrow(() -> new UserFacingException("error.person-not-found"));
    }

    /** Views of runs with member counts, region names and trainer names, in a fixed number of queries. */
    private List<RunSummary> summaries(List<Run> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : members.countByRunIds(list.stream().map(Run::getId).toList())) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        Map<Long, RegionView> regionsById = regions.list().stream()
                .collect(Collectors.toMap(RegionView::id, Function.identity()));
        Set<Long> trainerIds = new HashSet<>();
        list.forEach(r -> trainerIds.addAll(r.getTrainerIds()));
        Map<Long, PersonRef> trainers = new HashMap<>();
        for (Long id : trainerIds) {
            directory.displayName(new PersonId(id)).ifPresent(name ->
                    trainers.put(id, new PersonRef(new PersonId(id), name, "")));
        }
        return list.stream().map(r -> new RunSummary(new RunId(r.getId()), new CourseId(r.getCourseId()), r.getName(),
                r.getRegionIds().stream().map(regionsById::get).filter(java.util.Objects::nonNull)
                        .sorted(Comparator.comparingInt(RegionView::sortOrder)).toList(),
                r.getStartsOn(), r.getEndsOn(),
                r.getTrainerIds().stream().map(trainers::get).filter(java.util.Objects::nonNull)
                        .sorted(Comparator.comparing(PersonRef::fullName)).toList(),
                r.getCapacity(), counts.getOrDefault(r.getId(), 0), r.isSelfEnrolment(), r.getOpensAt(),
                r.getClosesAt(), r.getMode(), r.getClosedAt() != null, r.getVersion())).toList();
    }
}
