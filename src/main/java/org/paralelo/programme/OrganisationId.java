package org.paralelo.programme;

/** The id of an organisation taking part in debate series. */
public record OrganisationId(long value) {
}
