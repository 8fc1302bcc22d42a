/**
 * Assessment: each course's question bank, the quizzes built from it, their settings, the quizzes frozen with
 * every published course version, and the grading rules for each question type.
 */
@ApplicationModule(allowedDependencies = {"base", "people", "courses"})
@NullMarked
package org.paralelo.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
