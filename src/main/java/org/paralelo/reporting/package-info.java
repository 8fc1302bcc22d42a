/**
 * Reporting: what coordinators and admins follow of the programme. A read model of progress per person and course
 * ({@code report_progress}, kept up to date by learning's and assessment's events and rebuildable from learning),
 * the programme's targets per audience and region, the dashboard by region → state → municipality → person, by
 * course and by position, its charts as server-rendered SVG and its exports. Reads other modules only; a
 * coordinator sees only the regions people assigns them ({@code people.Caller#regionScope}).
 */
@ApplicationModule(allowedDependencies = {"base", "people", "courses", "learning", "assessment", "programme"})
@NullMarked
package org.paralelo.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
