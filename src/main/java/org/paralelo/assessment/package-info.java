/**
 * Assessment: each course's question bank, the quizzes built from it, their settings, the quizzes frozen with
 * every published course version, the grading rules for each question type, learners' attempts (answers saved on
 * every change) and the manual grading queue.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "people", "courses"})
@NullMarked
package org.paralelo.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
