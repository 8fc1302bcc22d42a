/**
 * Reporting: what coordinators and admins follow of the programme. A read model of progress per person and course
 * ({@code report_progress}, kept up to date by learning's and assessment's events and rebuildable from learning),
 * the programme's targets per audience and region, the dashboard by region → state → municipality → person, by
 * course, by position and by run, its charts as server-rendered SVG, its exports and the funder report (PDF and
 * XLSX; network counts read through community's {@code NetworkFiguresService}). Reads other modules only; a
 * coordinator sees only the regions people assigns them ({@code people.Caller#regionScope}). Also the admin home's
 * "what needs attention" ({@code AdminAttentionService}), which reads backup's archive list too.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "people", "courses", "learning", "assessment",
    "programme", "community", "backup"})
@NullMarked
package org.paralelo.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
