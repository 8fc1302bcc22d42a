/**
 * Shared screens and UI helpers every module may use: the main layout, error pages, notifications, field errors,
 * page titles, route-parameter parsing, filters that fold on a phone and tab sheets whose tab list holds only
 * tabs. Meant to become the {@code base :: ui} named interface once every
 * module lists {@code "base :: ui"} in its allowed dependencies (Spring Modulith reads a bare {@code "base"} as
 * the root package only).
 */
@NullMarked
package org.paralelo.base.ui;

import org.jspecify.annotations.NullMarked;
