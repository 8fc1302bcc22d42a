package org.paralelo.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.PersonId;

/**
 * An agreement across its series: where it was made, who answers for it, its status, whether it is overdue (pending
 * past its due date in the series' zone) and its follow-up notes, oldest first.
 */
public record AgreementView(AgreementId id, SessionId session, String sessionTitle, LocalDate sessionDate,
                            String text, String responsible, @Nullable LocalDate due, AgreementStatus status,
                            boolean overdue, List<Note> notes, long version, @Nullable PersonId responsiblePerson,
                            @Nullable OrganisationId responsibleOrganisation) {

    /** A follow-up: what was said, the status change, who wrote it and when, and at which session if any. */
    public record Note(String text, AgreementStatus before, AgreementStatus after, String author, Instant at,
                       @Nullable String sessionTitle) {
    }
}
