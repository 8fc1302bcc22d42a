package org.paralelo.base;

/** One invalid field of a submitted form: which field, and the message key explaining why. */
public record FieldProblem(String field, String messageKey, Object... arguments) {
}
