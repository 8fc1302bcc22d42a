package org.paralelo.courses;

import java.util.Set;
import org.paralelo.people.PersonId;

/**
 * Who, besides a course's trainers and admins, may read the content of a published course (lessons, quizzes).
 * The learning module implements it with enrolments; without an implementation every signed-in person may read
 * every published course. The course page itself (title, summary, syllabus) stays visible in the catalogue.
 */
public interface CourseReaders {

    /** Whether this person may read this published course's lessons and take its quizzes. */
    boolean mayRead(CourseId course, PersonId person);

    /** The published courses this person may read (or could start reading on their own, e.g. by self-enrolling). */
    Set<CourseId> openTo(PersonId person);
}
