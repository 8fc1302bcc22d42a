package org.paralelo.programme;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.PersonId;

/** A new agreement: its text, who answers for it (a person or an organisation, or nobody yet) and by when. */
public record AgreementDraft(String text, @Nullable PersonId person, @Nullable OrganisationId organisation,
                             @Nullable LocalDate due) {
}
