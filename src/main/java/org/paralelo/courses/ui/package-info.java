/** Course screens: learners' and trainers' home screens, the course page and the lesson reader. */
@NullMarked
package org.paralelo.courses.ui;

import org.jspecify.annotations.NullMarked;
