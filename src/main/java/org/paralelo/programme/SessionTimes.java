package org.paralelo.programme;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A session's date and times as one person reads them: in their own zone, and with that zone named when its
 * clock differs from the venue's at that moment (a person in Tijuana reading a session in Mexico City; the same
 * pair differs in summer and not in winter, which is why the instant decides, not the zone's name).
 */
public final class SessionTimes {

    private SessionTimes() {
    }

    /** Date, start and end in the viewer's zone; {@code zoneName} is null when the venue's clock reads the same. */
    public record Shown(String date, String start, String end, @Nullable String zoneName) {
    }

    public static Shown in(ZonedDateTime starts, ZonedDateTime ends, ZoneId viewer, Locale locale) {
        ZonedDateTime from = starts.withZoneSameInstant(viewer);
        ZonedDateTime to = ends.withZoneSameInstant(viewer);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        boolean sameClock = from.getOffset().equals(starts.getOffset());
        return new Shown(day.format(from), time.format(from), time.format(to),
                sameClock ? null : zoneName(viewer, locale));
    }

    /** A zone as people call it ("hora del centro de México"), never its id ("America/Mexico_City"). */
    public static String zoneName(ZoneId zone, Locale locale) {
        return zone.getDisplayName(TextStyle.FULL, locale);
    }
}
