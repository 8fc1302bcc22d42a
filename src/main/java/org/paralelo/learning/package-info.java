/**
 * Learning: the learner's catalogue, enrolments (and who may read a course's content), lesson progress with
 * "continue where I left off", completion rules, certificates with their public verification page, and the
 * trainer's table of learners. Extension points: {@link org.paralelo.learning.CompletionRule} (every bean is a
 * condition of completion), {@link org.paralelo.learning.OnSiteHours} (on-site time stated on certificates),
 * {@link org.paralelo.learning.LearnerGroups}; {@link org.paralelo.learning.CompletionReviews} re-evaluates when
 * what a rule reads changes elsewhere.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "people", "courses", "assessment"})
@NullMarked
package org.paralelo.learning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
