package org.paralelo.base;

import java.util.List;

/** Input refused as a whole, with every problem found; nothing was stored. */
public class InvalidInputException extends UserFacingException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "error.invalid-input" : problems.getFirst().messageKey(),
                problems.isEmpty() ? new Object[0] : problems.getFirst().arguments());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(new FieldProblem(field, messageKey, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public boolean concerns(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}
