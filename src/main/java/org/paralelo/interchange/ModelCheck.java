package org.paralelo.interchange;

import java.util.Arrays;
import java.util.List;
import org.paralelo.assessment.Question;
import org.paralelo.base.FieldProblem;
import org.paralelo.base.InputChecks;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.springframework.context.MessageSourceResolvable;

/**
 * Runs the assessment model's own rules on an imported question and turns its refusals into import problems that
 * keep the field concerned, so the report names it in words ({@link ProblemText}).
 */
final class ModelCheck {

    private ModelCheck() {
    }

    /** The problems the model finds in the question, each naming the question's first line; empty when valid. */
    static List<GiftProblem> problems(int line, Question question) {
        try {
            InputChecks checks = new InputChecks();
            question.check(checks);
            checks.throwIfAny();
            return List.of();
        } catch (InvalidInputException refused) {
            return refused.problems().stream().map(p -> problem(line, p)).toList();
        }
    }

    /** A model refusal of one field of a question. */
    static GiftProblem problem(int line, FieldProblem refused) {
        return new GiftProblem(line, refused.messageKey(), detail(refused),
                refused.arguments() == null ? List.of() : Arrays.asList(refused.arguments()), refused.field());
    }

    /**
     * The detail an import problem shows a model refusal with, which the report passes to the message as its
     * argument: the refusal's own argument ({@code 200} for "at most {0} characters", the sum for "they add up to
     * {0} %"); for a message that takes none, the field concerned ({@code options.2.text}), which it does not show.
     * The model's messages take at most one argument.
     */
    static String detail(FieldProblem problem) {
        Object[] arguments = problem.arguments();
        return arguments == null || arguments.length == 0 ? problem.field() : text(arguments[0]);
    }

    /** The same for a refusal that concerns no field: its argument, or nothing. */
    static String detail(UserFacingException refused) {
        Object[] arguments = refused.arguments();
        return arguments.length == 0 ? "" : text(arguments[0]);
    }

    /** A text to be resolved in the reader's language is named by its key ({@code media.kind.archive}). */
    private static String text(Object argument) {
        return argument instanceof MessageSourceResolvable resolvable && resolvable.getCodes() != null
                && resolvable.getCodes().length > 0 ? resolvable.getCodes()[0] : String.valueOf(argument);
    }
}
