/**
 * Learning: the learner's catalogue, enrolments (and who may read a course's content), lesson progress with
 * "continue where I left off", completion rules, certificates with their public verification page, and the
 * trainer's table of learners.
 */
@ApplicationModule(allowedDependencies = {"base", "people", "courses", "assessment"})
@NullMarked
package org.paralelo.learning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
