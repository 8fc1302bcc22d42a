package org.paralelo.interchange;

import java.util.List;

/**
 * What an import file gave: the questions that could be read, a problem for each one that could not, and warnings
 * for questions read with something left out (the trainer sees them in the import report).
 */
public record GiftResult(List<ParsedQuestion> questions, List<GiftProblem> problems, List<GiftProblem> warnings) {

    public GiftResult {
        questions = questions == null ? List.of() : List.copyOf(questions);
        problems = problems == null ? List.of() : List.copyOf(problems);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public GiftResult(List<ParsedQuestion> questions, List<GiftProblem> problems) {
        this(questions, problems, List.of());
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
