package org.paralelo.programme;

import java.time.Instant;

/**
 * A date in a person's agenda that is not a session: when enrolment in a run they may join opens or closes
 * ({@code title} the run's name), or when a quiz of a course they are in closes ({@code title} the quiz's);
 * {@code context} is the course's title and {@code path} the page to act on. {@code key} names the date for good
 * (the run, or the course and quiz), so a calendar keeps one event per date when it moves; {@code sequence} only
 * grows and grows whenever the date may have moved (the run's edit count, the course's published version), so a
 * calendar replaces its copy.
 */
public record AgendaDate(Kind kind, String key, String title, String context, Instant at, String path,
                         int sequence) {

    /** What the date is; each has its own label and icon. */
    public enum Kind {
        ENROLMENT_OPENS, ENROLMENT_CLOSES, QUIZ_CLOSES;

        public String messageKey() {
            return "agenda.date." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
