package org.paralelo.programme;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseId;
import org.paralelo.people.Caller;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.paralelo.people.RegionScope;
import org.paralelo.people.Role;
import org.paralelo.programme.domain.ProgrammeSession;
import org.paralelo.programme.domain.ProgrammeSessionRepository;
import org.paralelo.programme.domain.Run;
import org.paralelo.programme.domain.RunMemberRepository;
import org.paralelo.programme.domain.RunRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Object-level rules for runs, used in {@code @PreAuthorize("@runAccess.canManage(#run)")}: admins and the
 * course's owner plan and manage every run of the course; a co-trainer manages only the runs they teach. A run's
 * members and managers see it and its sessions; a session's facilitators take its roll. Coordinators follow the
 * runs of their regions read-only and enrol the people of their regions into them. Sessions of a debate series
 * are seen as {@link SeriesAccess} says (every signed-in person, so they can register) and managed only there.
 */
@Component("runAccess")
public class RunAccess {

    private final RunRepository runs;
    private final RunMemberRepository members;
    private final ProgrammeSessionRepository sessions;
    private final CourseAccess courses;
    private final CatalogueService catalogue;
    private final ProfileService profiles;
    private final Caller caller;
    private final PersonDirectory directory;
    private final SeriesAccess seriesAccess;

    RunAccess(RunRepository runs, RunMemberRepository members, ProgrammeSessionRepository sessions,
              CourseAccess courses, CatalogueService catalogue, ProfileService profiles, Caller caller,
              PersonDirectory directory, SeriesAccess seriesAccess) {
        this.seriesAccess = seriesAccess;
        this.caller = caller;
        this.directory = directory;
        this.runs = runs;
        this.members = members;
        this.sessions = sessions;
        this.courses = courses;
        this.catalogue = catalogue;
        this.profiles = profiles;
    }

    /** Admins and the course's owner: they create runs and see all of them. */
    @Transactional(readOnly = true)
    public boolean canPlan(CourseId course) {
        if (course == null || !courses.canEdit(course)) {
            return false;
        }
        Optional<PersonId> me = profiles.myId();
        List<PersonId> trainers = catalogue.trainersOf(course);
        // Editing a course one does not teach is what only admins do.
        return me.isPresent() && (!trainers.contains(me.get()) || trainers.getFirst().equals(me.get()));
    }

    @Transactional(readOnly = true)
    public boolean canManage(RunId run) {
        if (run == null) {
            return false;
        }
        return runs.findById(run.value()).map(this::canManage).orElse(false);
    }

    /** Managers of the run and its members. */
    @Transactional(readOnly = true)
    public boolean canSee(RunId run) {
        if (run == null) {
            return false;
        }
        return runs.findById(run.value()).map(r -> canManage(r) || profiles.myId().flatMap(me -> members
                .findByCourseIdAndPersonId(r.getCourseId(), me.value())).map(m -> m.getRunId() == r.getId())
                .orElse(false)).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean canManageSession(SessionId session) {
        return session != null && sessions.findById(session.value())
                .filter(s -> !s.isOfSeries()).map(s -> canManage(new RunId(s.getRunId()))).orElse(false);
    }

    /** Members and managers of the session's run, and its facilitators. */
    @Transactional(readOnly = true)
    public boolean canSeeSession(SessionId session) {
        return session != null && (sessions.findById(session.value()).map(s -> s.isOfSeries()
                ? seriesAccess.canSeeSession(session) : canSee(new RunId(s.getRunId()))).orElse(false)
                || canTakeRoll(session));
    }

    /**
     * Roll call, check-in codes, sign-in sheets and reading marks: the run's managers, and the session's
     * facilitators while they still teach the course; at a debate series' session, its organisers and admins.
     * Nobody else reads another person's attendance.
     */
    @Transactional(readOnly = true)
    public boolean canTakeRoll(SessionId session) {
        if (session == null) {
            return false;
        }
        // Sessions of a debate series follow the series' own rules: its organisers (and admins) take the roll.
        if (sessions.findById(session.value()).filter(ProgrammeSession::isOfSeries).isPresent()) {
            return seriesAccess.canManageSession(session);
        }
        return sessions.findById(session.value())
                .map(s -> canManage(new RunId(s.getRunId()))
                || runs.findById(s.getRunId()).map(r -> courses.canEdit(new CourseId(r.getCourseId()))).orElse(false)
                && profiles.myId().map(me -> s.getFacilitatorIds().contains(me.value())).orElse(false))
                .orElse(false);
    }

    /**
     * A coordinator follows the runs of their regions (a run for no region in particular is the whole programme's,
     * so every coordinator follows it): read-only, plus enrolling the people of their regions.
     */
    @Transactional(readOnly = true)
    public boolean coordinates(RunId run) {
        if (run == null || !caller.has(Role.COORDINATOR)) {
            return false;
        }
        RegionScope scope = caller.regionScope();
        return runs.findById(run.value()).map(r -> r.followedBy(scope)).orElse(false);
    }

    /** Managers of the run and the coordinators who follow it read the run and its members. */
    @Transactional(readOnly = true)
    public boolean canFollow(RunId run) {
        return canManage(run) || coordinates(run);
    }

    /** Where a bulk import may enrol: admins (and background work as the system) every run, others those they follow. */
    @Transactional(readOnly = true)
    public boolean canEnrolImportInto(RunId run) {
        return caller.isAdmin() || canFollow(run);
    }

    /** The bulk import's enrolment: everyone listed must be of the coordinator's regions (one query for all). */
    @Transactional(readOnly = true)
    public boolean canEnrolAll(RunId run, Collection<PersonId> people) {
        return canManage(run) || people != null && coordinates(run) && directory.allInMyRegions(people);
    }

    /** Managers enrol anyone; a coordinator enrols only people of their own regions into runs they follow. */
    @Transactional(readOnly = true)
    public boolean canEnrol(RunId run, PersonId person) {
        return canManage(run) || person != null && coordinates(run) && directory.inMyRegions(person);
    }

    private boolean canManage(Run run) {
        CourseId course = new CourseId(run.getCourseId());
        if (canPlan(course)) {
            return true;
        }
        return courses.canEdit(course)
                && profiles.myId().map(me -> run.getTrainerIds().contains(me.value())).orElse(false);
    }
}
