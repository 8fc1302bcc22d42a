/**
 * Shared kernel: i18n, error types, clock, data directory, public address, Markdown and the system task. Its
 * screens and UI helpers are the {@code base :: ui} named interface (see {@code base.ui}); a module lists both
 * {@code "base"} and {@code "base :: ui"} in its allowed dependencies, since a bare {@code "base"} means this
 * root package only.
 */
@ApplicationModule
@NullMarked
package org.paralelo.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
