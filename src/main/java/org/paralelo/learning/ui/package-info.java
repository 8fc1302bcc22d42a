/**
 * Learners' screens (home, catalogue, course page, lesson player, certificates), the public certificate
 * verification page and the trainer's table of a course's learners.
 */
@NullMarked
package org.paralelo.learning.ui;

import org.jspecify.annotations.NullMarked;
