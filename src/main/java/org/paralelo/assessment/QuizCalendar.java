package org.paralelo.assessment;

import org.paralelo.base.ProgrammeZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * When a quiz closes: at the end of its closing day in Mexico City time, where Paralelo's learners are (a closing
 * date typed by a trainer means their day, not UTC's).
 */
final class QuizCalendar {

    static final ZoneId ZONE = ProgrammeZone.ZONE;

    private QuizCalendar() {
    }

    static @Nullable Instant closesAt(QuizSettings settings) {
        LocalDate day = settings.closesOn();
        return day == null ? null : day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    static boolean closed(QuizSettings settings, Instant now) {
        Instant closes = closesAt(settings);
        return closes != null && !now.isBefore(closes);
    }

    /** Whether right answers and feedback may be shown for a submitted attempt. */
    static boolean feedbackDue(QuizSettings settings, Instant now) {
        return settings.feedbackTiming() != FeedbackTiming.AFTER_CLOSE || closed(settings, now);
    }
}
