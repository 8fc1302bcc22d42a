/** The administrators' backup screen. */
@NullMarked
package org.paralelo.backup.ui;

import org.jspecify.annotations.NullMarked;
