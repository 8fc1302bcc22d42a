/** Programme screens: a course's runs, one run's members, and the learner's choice of run. */
@NullMarked
package org.paralelo.programme.ui;

import org.jspecify.annotations.NullMarked;
