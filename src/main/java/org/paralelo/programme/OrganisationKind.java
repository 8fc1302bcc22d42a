package org.paralelo.programme;

/** What sort of organisation takes part in a debate series. */
public enum OrganisationKind {
    NEIGHBOURHOOD_COUNCIL, CULTURAL_COLLECTIVE, CIVIL_ASSOCIATION, MUNICIPAL_OFFICE, OTHER;

    public String messageKey() {
        return "programme.organisation.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
