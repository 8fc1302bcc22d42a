package org.paralelo.base;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field problems while a service checks a submission, then refuses it all at once, so a form can mark
 * every wrong field in one round trip.
 */
public final class InputChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    public InputChecks require(boolean condition, String field, String messageKey, Object... arguments) {
        if (!condition) {
            problems.add(new FieldProblem(field, messageKey, arguments));
        }
        return this;
    }

    /** Checks a required, trimmed text against a maximum length. */
    public InputChecks text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "error.required"));
        } else if (value.strip().length() > maxLength) {
            problems.add(new FieldProblem(field, "error.too-long", maxLength));
        }
        return this;
    }

    /** Checks an optional text against a maximum length. */
    public InputChecks optionalText(String value, String field, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            problems.add(new FieldProblem(field, "error.too-long", maxLength));
        }
        return this;
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
