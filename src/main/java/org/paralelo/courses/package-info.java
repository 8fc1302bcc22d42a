/**
 * Courses: course, module and lesson structure, topics, drafts with their history, immutable published versions
 * and who may edit or read a course ({@link org.paralelo.courses.CourseAccess}, extended by
 * {@link org.paralelo.courses.CourseReaders}). Learners' reading screens live in learning.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "people", "media"})
@NullMarked
package org.paralelo.courses;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
