/**
 * Authoring screens: the courses a trainer teaches, the course editor (details, structure, history, preview),
 * the lesson editor and the topics list.
 */
@NullMarked
package org.paralelo.courses.ui;

import org.jspecify.annotations.NullMarked;
