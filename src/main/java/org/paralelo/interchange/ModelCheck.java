package org.paralelo.interchange;

import java.util.List;
import org.paralelo.assessment.Question;
import org.paralelo.base.FieldProblem;
import org.paralelo.base.InputChecks;
import org.paralelo.base.InvalidInputException;

/** Runs the assessment model's own rules on an imported question and turns its refusals into import problems. */
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
            return refused.problems().stream().map((FieldProblem p) -> new GiftProblem(line, p.messageKey(),
                    p.field())).toList();
        }
    }
}
