package org.paralelo.reporting;

import java.util.Set;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.learning.ProgressService;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.RegionScope;
import org.paralelo.people.RegionService;
import org.paralelo.support.As;
import org.paralelo.support.Coordinators;
import org.paralelo.support.Courses;
import org.paralelo.support.People;

/**
 * Two fresh regions of their own (so counts are exact whatever else the shared database holds), each with a
 * coordinator; in region A a director in Oaxaca who finished the course, a practitioner in Oaxaca enrolled without
 * activity and a practitioner in Puebla; in region B one learner enrolled. One published course with two required
 * lessons.
 */
public final class ReportingFixture {

    public final LearningFixture learning;
    public final long regionA;
    public final long regionB;
    public final String coordinatorA;
    public final String coordinatorB;
    public final PersonId finisher;
    public final PersonId idle;
    public final PersonId poblana;
    public final PersonId outsider;

    public ReportingFixture(AccountService accounts, RegionService regions, CourseAuthoringService authoring,
                     PublishingService publishing, EnrolmentService enrolments, ProgressService progress) {
        learning = new LearningFixture(accounts, authoring, publishing);
        regionA = As.admin(() -> regions.create("Región A " + People.uniqueUsername("r"))).id();
        regionB = As.admin(() -> regions.create("Región B " + People.uniqueUsername("r"))).id();
        coordinatorA = Coordinators.coordinator(accounts, RegionScope.of(Set.of(regionA)));
        coordinatorB = Coordinators.coordinator(accounts, RegionScope.of(Set.of(regionB)));
        finisher = Coordinators.learnerIn(accounts, regionA, "OAX", "Teotitlán del Valle",
                "MUNICIPAL_CULTURE_DIRECTOR");
        idle = Coordinators.learnerIn(accounts, regionA, "OAX", "Teotitlán del Valle", "CULTURAL_PROMOTER");
        poblana = Coordinators.learnerIn(accounts, regionA, "PUE", "Cholula", "ARTISAN");
        outsider = Coordinators.learnerIn(accounts, regionB, "SON", "Álamos", "ARTISAN");
        As.user(learning.trainer, Courses.TRAINER, () -> {
            for (PersonId person : new PersonId[] {finisher, idle, poblana, outsider}) {
                enrolments.enrol(learning.course, person);
            }
        });
        String finisherName = As.admin(() -> accounts.find(finisher).orElseThrow().username());
        As.user(finisherName, LearningFixture.LEARNER, () -> {
            progress.openLesson(learning.course, learning.lesson1);
            progress.completeLesson(learning.course, learning.lesson1);
            progress.completeLesson(learning.course, learning.lesson2);
        });
    }
}
