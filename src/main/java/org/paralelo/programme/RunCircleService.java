package org.paralelo.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseId;
import org.paralelo.people.Caller;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.programme.domain.Run;
import org.paralelo.programme.domain.RunMemberRepository;
import org.paralelo.programme.domain.RunRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to a run, for modules that keep something per run (the Network's run spaces) without programme
 * knowing them. A run's circle: its members (membership follows enrolment in the run, so moving someone to another
 * run moves them), its trainers and the course's owner, who manage it as {@link RunAccess} says; admins manage
 * every run; coordinators follow the runs of their regions read-only.
 */
@Service
@Transactional(readOnly = true)
public class RunCircleService {

    private final RunRepository runs;
    private final RunMemberRepository members;
    private final RunAccess access;
    private final CatalogueService catalogue;
    private final PersonDirectory directory;
    private final Caller caller;

    RunCircleService(RunRepository runs, RunMemberRepository members, RunAccess access, CatalogueService catalogue,
                     PersonDirectory directory, Caller caller) {
        this.directory = directory;
        this.runs = runs;
        this.members = members;
        this.access = access;
        this.catalogue = catalogue;
        this.caller = caller;
    }

    /** The caller's place in the run, or empty when they neither belong to it, manage it nor follow it. */
    @PreAuthorize("isAuthenticated()")
    public Optional<RunPlace> myPlace(RunId run) {
        return run == null ? Optional.empty() : runs.findById(run.value()).flatMap(this::placeOf);
    }

    /** Every run the caller has a place in: their own runs, then (for staff) the runs they manage or follow. */
    @PreAuthorize("isAuthenticated()")
    public List<RunPlace> myPlaces() {
        Map<Long, RunPlace> found = new LinkedHashMap<>();
        caller.id().ifPresent(me -> members.findByPersonId(me.value()).forEach(m -> runs.findById(m.getRunId())
                .flatMap(this::placeOf).ifPresent(p -> found.put(p.run().value(), p))));
        if (caller.isAdmin() || caller.has(Role.TRAINER) || caller.has(Role.COORDINATOR)) {
            for (Run run : runs.findAll()) {
                if (!found.containsKey(run.getId())) {
                    placeOf(run).ifPresent(p -> found.put(run.getId(), p));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Whether someone other than the caller belongs to the run — a member, one of its trainers or the course's
     * owner — so that a mention or a followed thread reaches only the run's circle.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean belongs(RunId run, PersonId person) {
        return run != null && person != null && runs.findById(run.value()).map(r ->
                members.existsByRunIdAndPersonId(r.getId(), person.value())
                || r.getTrainerIds().contains(person.value())
                || catalogue.trainersOf(new CourseId(r.getCourseId())).stream().findFirst()
                        .map(person::equals).orElse(false)).orElse(false);
    }

    /**
     * Whether someone other than the caller may read what belongs to the run: its circle ({@link #belongs}) and
     * the coordinators who follow it (a run of no region is followed by every coordinator), read-only.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean mayRead(RunId run, PersonId person) {
        if (belongs(run, person)) {
            return true;
        }
        return run != null && person != null && runs.findById(run.value())
                .map(r -> r.followedBy(directory.coordinatorScopeOf(person))).orElse(false);
    }

    private Optional<RunPlace> placeOf(Run run) {
        RunId id = new RunId(run.getId());
        CourseId course = new CourseId(run.getCourseId());
        if (access.canManage(id)) {
            return Optional.of(new RunPlace(id, course, run.getName(), true, true));
        }
        boolean member = caller.id().map(me -> members.existsByRunIdAndPersonId(run.getId(), me.value()))
                .orElse(false);
        if (member) {
            return Optional.of(new RunPlace(id, course, run.getName(), true, false));
        }
        return access.coordinates(id) ? Optional.of(new RunPlace(id, course, run.getName(), false, false))
                : Optional.empty();
    }
}
