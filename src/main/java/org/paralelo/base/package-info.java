/**
 * Shared kernel: layout, i18n, error handling, clock, data directory and the helpers every module may use.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.paralelo.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
