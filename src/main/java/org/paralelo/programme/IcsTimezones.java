package org.paralelo.programme;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * VTIMEZONE components written from the JDK's own time-zone rules (the same rules the sessions were stored with),
 * not from a copy bundled with a library that may be older. Only the rules in force matter for a feed of upcoming
 * sessions: a zone without daylight saving (most of Mexico since 2022) gets one STANDARD observance from its last
 * change; a zone that still changes its clocks (Baja California) gets one yearly rule per change.
 */
final class IcsTimezones {

    /** Local date-time as iCalendar writes it. */
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private static final Instant FAR_FUTURE = Instant.parse("2200-01-01T00:00:00Z");

    private IcsTimezones() {
    }

    static VTimeZone of(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        VTimeZone component = new VTimeZone();
        component.add(new TzId(zone.getId()));
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        List<ZoneOffsetTransition> past = rules.getTransitions();
        if (yearly.isEmpty()) {
            ZoneOffsetTransition last = rules.previousTransition(FAR_FUTURE);
            component.add(last == null
                    ? observance(new Standard(), LocalDateTime.of(1970, 1, 1, 0, 0), rules.getOffset(Instant.EPOCH),
                            rules.getOffset(Instant.EPOCH))
                    : observance(new Standard(), last.getDateTimeBefore(), last.getOffsetBefore(),
                            last.getOffsetAfter()));
            return component;
        }
        int since = past.isEmpty() ? 1970 : past.getLast().getDateTimeAfter().getYear() + 1;
        for (ZoneOffsetTransitionRule rule : yearly) {
            ZoneOffsetTransition first = rule.createTransition(since);
            Observance observance = rule.getOffsetAfter().equals(rule.getStandardOffset())
                    ? new Standard() : new Daylight();
            observance(observance, first.getDateTimeBefore(), first.getOffsetBefore(), first.getOffsetAfter());
            observance.add(new RRule<>("FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + byDay(rule)));
            component.add(observance);
        }
        return component;
    }

    /**
     * The day of a yearly change: a fixed day, or a weekday within seven days from a day of the month (which is how
     * both "second Sunday" and "last Sunday" are kept by the JDK), written as RFC 5545's BYDAY with BYMONTHDAY.
     */
    private static String byDay(ZoneOffsetTransitionRule rule) {
        int day = rule.getDayOfMonthIndicator();
        DayOfWeek weekday = rule.getDayOfWeek();
        if (weekday == null) {
            return ";BYMONTHDAY=" + day;
        }
        int from = day > 0 ? day : day - 6;
        return ";BYDAY=" + weekday.name().substring(0, 2) + ";BYMONTHDAY="
                + IntStream.range(from, from + 7).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    private static Observance observance(Observance observance, LocalDateTime start, ZoneOffset from, ZoneOffset to) {
        observance.add(new DtStart<>(LOCAL.format(start)));
        observance.add(new TzOffsetFrom(from));
        observance.add(new TzOffsetTo(to));
        return observance;
    }
}
