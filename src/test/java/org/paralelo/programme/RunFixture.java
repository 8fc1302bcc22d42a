package org.paralelo.programme;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.NewAccount;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileData;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.People;

/**
 * A published course (its owner {@link #owner}) with a co-trainer, and two runs: the co-trainer teaches
 * {@link #sureste}, nobody but the owner {@link #norte}. Both open to self-enrolment without a window.
 */
final class RunFixture {

    final String owner;
    final String coTrainer;
    final PersonId coTrainerId;
    final CourseId course;
    final RunId sureste;
    final RunId norte;

    RunFixture(AccountService accounts, CourseAuthoringService authoring, PublishingService publishing,
               RunService runs) {
        LearningFixture learning = new LearningFixture(accounts, authoring, publishing);
        owner = learning.trainer;
        course = learning.course;
        coTrainer = People.uniqueUsername("co");
        coTrainerId = People.create(accounts, coTrainer, Role.TRAINER);
        As.user(owner, Courses.TRAINER, () -> authoring.setCoTrainers(course, Set.of(coTrainerId)));
        sureste = As.user(owner, Courses.TRAINER, () -> runs.create(course,
                draft("Región Sureste 2027-1", Set.of(coTrainerId), null)));
        norte = As.user(owner, Courses.TRAINER,
                () -> runs.create(course, draft("Región Norte 2027-1", Set.of(), null)));
    }

    static RunDraft draft(String name, Set<PersonId> trainers, @Nullable Integer capacity) {
        return new RunDraft(name, Set.of(), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 30), trainers, capacity,
                true, null, null, RunMode.HYBRID);
    }

    static String learner(AccountService accounts) {
        return LearningFixture.learner(accounts);
    }

    static PersonId id(AccountService accounts, String username) {
        return LearningFixture.learnerId(accounts, username);
    }

    /** A learner living in the given municipality, for group enrolment by filter. */
    static PersonId learnerIn(AccountService accounts, String municipality) {
        String name = People.uniqueUsername("vive");
        return As.admin(() -> accounts.create(new NewAccount(name, People.PASSWORD, Set.of(Role.LEARNER),
                new ProfileData("Rosa " + name, name + "@ejemplo.mx", "es-MX", "OAX", municipality, null,
                        "MUNICIPAL_CULTURE_DIRECTOR", Set.of("CRAFTS")))));
    }
}
