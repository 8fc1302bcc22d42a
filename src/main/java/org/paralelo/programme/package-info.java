/**
 * Programme delivery: runs (cohorts) of a course, each with its dates, regions, trainers, capacity and enrolment
 * window, and who belongs to which run. Joining a run enrols the person in the course through learning's
 * {@link org.paralelo.learning.EnrolmentGrants}; progress, quiz results and certificates stay per person and course,
 * so moving someone between runs keeps them. On-site sessions with registration and wait lists, attendance (roll
 * call, check-in codes, sign-in sheets), each person's own attendance across their run, and session materials
 * (lessons of the run's course, files stored by media). Implements learning's {@link org.paralelo.learning.CompletionRule} and
 * {@link org.paralelo.learning.OnSiteHours} for hybrid completion, and media's
 * {@link org.paralelo.media.MediaReadPolicy} for session files. Publishes {@link AttendanceRecorded},
 * {@link SessionChanged} and {@link RunRenamed}. Asks assessment for quiz closing dates for "Mi agenda".
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "people", "media", "courses", "learning",
    "assessment"})
@NullMarked
package org.paralelo.programme;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
