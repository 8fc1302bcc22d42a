package org.paralelo.community;

import java.time.Duration;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.People;
import org.paralelo.support.TestClock;
import org.springframework.context.ApplicationContext;

/**
 * A published course with its trainer and an enrolled learner, a learner of no course, a trainer of another
 * course, and a network-wide category of the fixture's own. Accounts are a week and a day old (past the limits
 * for new members) unless a test makes a fresh one.
 */
public final class SpaceFixture {

    public static final String[] LEARNER = LearningFixture.LEARNER;
    public static final String[] TRAINER = Courses.TRAINER;
    public static final String[] ADMIN = {"ADMIN"};

    public final LearningFixture course;
    public final String trainer;
    public final String member;
    public final PersonId memberId;
    public final String otherMember;
    public final PersonId otherMemberId;
    public final String outsider;
    public final PersonId outsiderId;
    public final String otherTrainer;
    public final String admin;
    public final SpaceId category;
    public final SpaceId courseSpace;

    public SpaceFixture(AccountService accounts, CourseAuthoringService authoring, PublishingService publishing,
                        EnrolmentService enrolment, SpaceService spaces, TestClock clock) {
        course = new LearningFixture(accounts, authoring, publishing);
        trainer = course.trainer;
        member = LearningFixture.learner(accounts);
        memberId = LearningFixture.learnerId(accounts, member);
        otherMember = LearningFixture.learner(accounts);
        otherMemberId = LearningFixture.learnerId(accounts, otherMember);
        outsider = LearningFixture.learner(accounts);
        outsiderId = LearningFixture.learnerId(accounts, outsider);
        otherTrainer = People.uniqueUsername("otra-formadora");
        People.create(accounts, otherTrainer, Role.TRAINER);
        admin = People.uniqueUsername("admin-red");
        People.create(accounts, admin, Role.ADMIN);
        As.user(trainer, TRAINER, () -> {
            enrolment.enrol(course.course, memberId);
            enrolment.enrol(course.course, otherMemberId);
        });
        clock.advance(Duration.ofDays(8));
        // A category of its own, so that what other tests post elsewhere does not show here.
        category = As.user(admin, ADMIN, () -> spaces.createCategory("Fondos " + member, "Funds " + member,
                "Convocatorias y fondos", "Calls and funds", 900));
        courseSpace = As.user(trainer, TRAINER, () -> spaces.courseSpace(course.course).id());
    }

    /** A new fixture made with the services of the test's application context. */
    public static SpaceFixture in(ApplicationContext application) {
        return new SpaceFixture(application.getBean(AccountService.class),
                application.getBean(CourseAuthoringService.class), application.getBean(PublishingService.class),
                application.getBean(EnrolmentService.class), application.getBean(SpaceService.class),
                application.getBean(TestClock.class));
    }

    public static String freshLearner(AccountService accounts) {
        return LearningFixture.learner(accounts);
    }
}
