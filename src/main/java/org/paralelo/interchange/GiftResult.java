package org.paralelo.interchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import file gave: the questions that could be read, a problem for each one that could not, and warnings
 * for questions read with something left out (the trainer sees them in the import report), and the files the
 * questions' texts link to ({@code media/moodle/q3-plano.png} → bytes; only Moodle XML carries any).
 */
public record GiftResult(List<ParsedQuestion> questions, List<GiftProblem> problems, List<GiftProblem> warnings,
                         Map<String, byte[]> files) {

    public GiftResult {
        questions = questions == null ? List.of() : List.copyOf(questions);
        problems = problems == null ? List.of() : List.copyOf(problems);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        files = files == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    public GiftResult(List<ParsedQuestion> questions, List<GiftProblem> problems, List<GiftProblem> warnings) {
        this(questions, problems, warnings, Map.of());
    }

    public GiftResult(List<ParsedQuestion> questions, List<GiftProblem> problems) {
        this(questions, problems, List.of());
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
