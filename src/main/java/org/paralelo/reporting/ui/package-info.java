/** Reporting's screens: the programme dashboard and the targets. */
@NullMarked
package org.paralelo.reporting.ui;

import org.jspecify.annotations.NullMarked;
