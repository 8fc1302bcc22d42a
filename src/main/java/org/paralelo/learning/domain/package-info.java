/** Learning's entities and repositories: enrolments, enrolment settings, lesson progress and certificates. */
@NullMarked
package org.paralelo.learning.domain;

import org.jspecify.annotations.NullMarked;
