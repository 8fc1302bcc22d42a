/** Reporting's storage: the progress summary rows and the programme's targets. */
@NullMarked
package org.paralelo.reporting.domain;

import org.jspecify.annotations.NullMarked;
