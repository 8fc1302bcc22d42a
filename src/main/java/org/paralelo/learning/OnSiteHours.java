package org.paralelo.learning;

import java.time.Duration;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonId;

/**
 * Extension point: time a learner spent in on-site sessions of a course, which their certificate states beside the
 * course's online hours. Every Spring bean implementing it is asked when a certificate is issued, and the answers
 * are added up; none (or zero) means the certificate names only the online hours, as before.
 */
public interface OnSiteHours {

    Duration deliveredOnSite(CourseId course, PersonId learner);
}
