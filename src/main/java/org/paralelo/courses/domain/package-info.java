/** Courses' persistent state, used only by the courses services. */
@NullMarked
package org.paralelo.courses.domain;

import org.jspecify.annotations.NullMarked;
