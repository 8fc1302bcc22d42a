package org.paralelo.programme;

/** The id of an agreement made at a debate session. */
public record AgreementId(long value) {
}
