package org.paralelo.reporting;

import java.time.Instant;
import java.time.LocalDate;
import org.paralelo.base.InputChecks;
import org.paralelo.base.ProgrammeZone;

/** The days a report covers, both included, in the programme's time zone. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** No report spans more than this many years. */
    public static final int MAX_YEARS = 10;

    public ReportPeriod {
        new InputChecks().require(!to.isBefore(from), "to", "error.reporting.period-order")
                .require(!to.isAfter(from.plusYears(MAX_YEARS)), "to", "error.reporting.period-too-long", MAX_YEARS)
                .throwIfAny();
    }

    /** From the first of January of the day's year to the day. */
    public static ReportPeriod yearTo(LocalDate day) {
        return new ReportPeriod(day.withDayOfYear(1), day);
    }

    public Instant start() {
        return from.atStartOfDay(ProgrammeZone.ZONE).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ProgrammeZone.ZONE).toInstant();
    }
}
