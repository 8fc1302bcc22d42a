package org.paralelo.interchange;

import java.util.List;

/** What an import file gave: the questions that could be read, and a problem for each one that could not. */
public record GiftResult(List<ParsedQuestion> questions, List<GiftProblem> problems) {

    public GiftResult {
        questions = questions == null ? List.of() : List.copyOf(questions);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
