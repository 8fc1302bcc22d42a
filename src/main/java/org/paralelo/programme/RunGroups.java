package org.paralelo.programme;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseId;
import org.paralelo.learning.GroupChoice;
import org.paralelo.learning.LearnerGroup;
import org.paralelo.learning.LearnerGroups;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.paralelo.programme.domain.RunMember;
import org.paralelo.programme.domain.RunMemberRepository;
import org.paralelo.programme.domain.RunRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Runs as learning's learner groups: the run filter of the learners table and the run on the course page. */
@Component
class RunGroups implements LearnerGroups {

    private final RunRepository runs;
    private final RunMemberRepository members;
    private final RunAccess access;
    private final CourseAccess courses;
    private final ProfileService profiles;
    private final Clock clock;

    RunGroups(RunRepository runs, RunMemberRepository members, RunAccess access, CourseAccess courses,
              ProfileService profiles, Clock clock) {
        this.runs = runs;
        this.members = members;
        this.access = access;
        this.courses = courses;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LearnerGroup> groupsFor(CourseId course) {
        if (!courses.canEdit(course)) {
            return List.of();
        }
        return runs.findByCourseIdOrderByStartsOnAscNameAsc(course.value()).stream()
                .filter(r -> access.canManage(new RunId(r.getId())))
                .map(r -> new LearnerGroup(r.getId(), r.getName())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<PersonId> membersOf(CourseId course, long groupId) {
        return runs.findById(groupId).filter(r -> r.getCourseId() == course.value())
                .filter(r -> access.canManage(new RunId(r.getId())))
                .map(r -> members.findByRunIdOrderByJoinedAtAsc(r.getId()).stream()
                        .map(m -> new PersonId(m.getPersonId())).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GroupChoice> choiceFor(CourseId course) {
        Optional<PersonId> me = profiles.myId();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        Optional<RunMember> mine = members.findByCourseIdAndPersonId(course.value(), me.get().value());
        if (mine.isPresent()) {
            return runs.findById(mine.get().getRunId())
                    .map(r -> new GroupChoice(r.getName(), ProgrammePaths.chooseRun(course)));
        }
        boolean open = runs.findByCourseIdOrderByStartsOnAscNameAsc(course.value()).stream()
                .anyMatch(r -> r.isOpenToJoinAt(clock.instant()));
        return open ? Optional.of(new GroupChoice(null, ProgrammePaths.chooseRun(course))) : Optional.empty();
    }
}
