package org.paralelo.learning;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;

/**
 * Groups a course's learners belong to: programme's runs (cohorts). Learning knows them only through this
 * interface, so it never depends on programme; with no bean, or a course without groups, nothing changes.
 * Implementations answer for the signed-in person and leave out what that person may not see.
 */
public interface LearnerGroups {

    /** The course's groups the signed-in trainer may filter their learners table by (the runs they manage). */
    List<LearnerGroup> groupsFor(CourseId course);

    /** The people in one group of the course, or none when the signed-in person may not see that group. */
    Set<PersonId> membersOf(CourseId course, long groupId);

    /** For the course page: the signed-in person's group, or where to choose one; empty when there is nothing. */
    Optional<GroupChoice> choiceFor(CourseId course);
}
