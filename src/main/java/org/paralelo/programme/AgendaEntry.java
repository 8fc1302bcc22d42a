package org.paralelo.programme;

import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;

/**
 * One upcoming session in a person's agenda: the session, the run it belongs to (or the debate series, whose
 * sessions have no course), where the person stands
 * (a seat, the wait list, or null when they are a member of the run without registering) and the page to open.
 */
public record AgendaEntry(SessionSummary session, String runName, @Nullable CourseId course,
                          @Nullable RegistrationStatus registration, String path) {

    public boolean cancelled() {
        return session.cancelledAt() != null;
    }
}
