package org.paralelo.programme;

import org.paralelo.people.MexicanState;

/** What an organiser types for an organisation; contact e-mail and phone are optional, one of them is wise. */
public record OrganisationDraft(String name, OrganisationKind kind, String municipality, MexicanState state,
                                String contactName, String contactEmail, String contactPhone) {
}
