package org.paralelo.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBody.SingleChoice;

/**
 * Reads the Aiken format: a question on one or more lines, its options as {@code A. text} or {@code A) text}, and
 * {@code ANSWER: B}. Every question becomes a single choice worth one point; a broken one becomes a
 * {@link GiftProblem} naming its line, and reading goes on after its {@code ANSWER:} line.
 */
public final class AikenParser {

    private AikenParser() {
    }

    public static GiftResult parse(String text) {
        List<ParsedQuestion> questions = new ArrayList<>();
        List<GiftProblem> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        StringBuilder question = new StringBuilder();
        List<String> options = new ArrayList<>();
        List<Character> letters = new ArrayList<>();
        int startLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.regionMatches(true, 0, "ANSWER:", 0, 7)) {
                if (question.isEmpty()) {
                    problems.add(new GiftProblem(number, "interchange.aiken.no-question", line));
                } else {
                    finish(startLine, number, question.toString(), options, letters, line.substring(7).strip(),
                            questions, problems);
                }
                question.setLength(0);
                options.clear();
                letters.clear();
                continue;
            }
            if (isOption(line)) {
                if (question.isEmpty()) {
                    problems.add(new GiftProblem(number, "interchange.aiken.no-question", excerpt(line)));
                    continue;
                }
                letters.add(Character.toUpperCase(line.charAt(0)));
                options.add(line.substring(2).strip());
                continue;
            }
            if (!options.isEmpty()) {
                // A new question started before the last one had its ANSWER line.
                problems.add(new GiftProblem(startLine, "interchange.aiken.no-answer", excerpt(question.toString())));
                question.setLength(0);
                options.clear();
                letters.clear();
            }
            if (question.isEmpty()) {
                startLine = number;
            } else {
                question.append('\n');
            }
            question.append(line);
        }
        if (!question.isEmpty()) {
            problems.add(new GiftProblem(startLine, "interchange.aiken.no-answer", excerpt(question.toString())));
        }
        return new GiftResult(questions, problems);
    }

    private static void finish(int line, int answerLine, String text, List<String> options, List<Character> letters,
            String answer, List<ParsedQuestion> questions, List<GiftProblem> problems) {
        if (options.isEmpty()) {
            problems.add(new GiftProblem(line, "interchange.aiken.no-options", excerpt(text)));
            return;
        }
        int correct = answer.length() == 1 ? letters.indexOf(Character.toUpperCase(answer.charAt(0))) : -1;
        if (correct < 0) {
            problems.add(new GiftProblem(answerLine, "interchange.aiken.bad-answer", excerpt(answer)));
            return;
        }
        List<SingleChoice.Option> choices = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            choices.add(new SingleChoice.Option("", options.get(i), i == correct, ""));
        }
        Question question = new Question(text, BigDecimal.ONE, "", new SingleChoice(choices));
        List<GiftProblem> refused = ModelCheck.problems(line, question);
        if (refused.isEmpty()) {
            questions.add(new ParsedQuestion(line, "", question));
        } else {
            problems.addAll(refused);
        }
    }

    /** "A. text" or "A) text": one letter, a dot or a parenthesis, then a space. */
    private static boolean isOption(String line) {
        if (line.length() < 3) {
            return false;
        }
        char letter = line.charAt(0);
        char mark = line.charAt(1);
        return ((letter >= 'A' && letter <= 'Z') || (letter >= 'a' && letter <= 'z'))
                && (mark == '.' || mark == ')') && Character.isWhitespace(line.charAt(2));
    }

    private static String excerpt(String text) {
        String line = text.strip();
        int end = line.indexOf('\n');
        if (end >= 0) {
            line = line.substring(0, end);
        }
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
