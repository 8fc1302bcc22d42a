/**
 * Shared kernel: i18n, error types, clock, data directory, public address, Markdown and the system task; its
 * screens and UI helpers are in {@code base.ui}. Open for now: see {@code base.ui}'s package-info.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.paralelo.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
