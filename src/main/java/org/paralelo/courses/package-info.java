/**
 * Courses: course, module and lesson structure, published for learners. For now it holds the sample course and
 * the read-only screens; authoring arrives with the authoring issue.
 */
@ApplicationModule(allowedDependencies = {"base", "people", "media"})
@NullMarked
package org.paralelo.courses;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
