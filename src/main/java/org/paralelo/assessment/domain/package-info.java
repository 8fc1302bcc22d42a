/** Assessment's persistent state (bank, quizzes, frozen quizzes), used only by the assessment services. */
@NullMarked
package org.paralelo.assessment.domain;

import org.jspecify.annotations.NullMarked;
