/** The quiz editor: quiz settings, the quiz's questions, and the course's question bank with per-type forms. */
@NullMarked
package org.paralelo.assessment.ui;

import org.jspecify.annotations.NullMarked;
