package org.paralelo.programme;

import org.paralelo.people.MexicanState;

/** An organisation as screens show it. */
public record OrganisationView(OrganisationId id, String name, OrganisationKind kind, String municipality,
                               MexicanState state, String contactName, String contactEmail, String contactPhone,
                               long version) {
}
