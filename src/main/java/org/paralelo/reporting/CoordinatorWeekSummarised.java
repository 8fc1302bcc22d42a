package org.paralelo.reporting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.PersonId;

/**
 * A coordinator's weekly summary is ready (the week starting {@code weekOf}, figures for the seven days
 * {@code from}–{@code to}); notifications mails it in the coordinator's language. Published once per coordinator
 * and week.
 */
public record CoordinatorWeekSummarised(PersonId coordinator, LocalDate weekOf, LocalDate from, LocalDate to,
                                        List<RegionWeek> regions, List<RunSoon> runsSoon) {

    public CoordinatorWeekSummarised {
        regions = List.copyOf(regions);
        runsSoon = List.copyOf(runsSoon);
    }

    /**
     * One region (or the whole programme for a coordinator of every region): people reached so far against the
     * target, and what happened in the seven days; attendance null where no roll was taken.
     */
    public record RegionWeek(String name, int reached, @Nullable Integer target, int newEnrolments, int completions,
                             int certificates, @Nullable Double attendancePercent) {
    }

    /** A run of the coordinator's regions that starts or ends in the next two weeks. */
    public record RunSoon(String name, LocalDate startsOn, LocalDate endsOn) {
    }
}
