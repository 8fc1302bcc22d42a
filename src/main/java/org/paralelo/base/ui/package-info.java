/**
 * Shared screens and UI helpers every module may use: the main layout, error pages, notifications, field errors,
 * page titles, route-parameter parsing, filters that fold on a phone and tab sheets whose tab list holds only
 * tabs. Published as the {@code base :: ui} named interface; modules name it in their allowed dependencies.
 */
@NamedInterface("ui")
@NullMarked
package org.paralelo.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
