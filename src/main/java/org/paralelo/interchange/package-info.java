/**
 * Interchange: bringing courses and questions in and out of Paralelo. Course packages ({@code paralelo-course/1},
 * docs/course-package.md) are read safely ({@link org.paralelo.interchange.PackageFiles},
 * {@link org.paralelo.interchange.PackageReader}), imported all or nothing
 * ({@link org.paralelo.interchange.CoursePackageService}) and exported
 * ({@link org.paralelo.interchange.CoursePackageExporter}); the sample library loads on first start. GIFT, Moodle
 * XML and Aiken readers and GIFT and Moodle XML writers turn files into assessment questions and back.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "people", "courses", "assessment", "media"})
@NullMarked
package org.paralelo.interchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
