package org.paralelo.interchange;

import java.util.List;

/**
 * A GIFT, Moodle XML or Aiken import into a course's bank, question by question: what each line gave (imported,
 * refused, or imported with warnings: a report line per warning, several with the same line number), and how many
 * questions were stored (zero in a preview, or when all-or-nothing was chosen and something was refused).
 */
public record QuestionImportReport(List<Line> lines, int stored, boolean applied) {

    public QuestionImportReport {
        lines = List.copyOf(lines);
    }

    /**
     * {@code status}: ok, warning or error; the message key and its arguments explain warnings and errors (the
     * detail is the first argument, or the path of a refused field such as {@code pairs.4.prompt}).
     */
    public record Line(int line, String excerpt, String category, String status, String messageKey, String detail,
                       List<Object> arguments, String field) {
        public Line {
            arguments = arguments == null ? List.of(detail) : List.copyOf(arguments);
            field = field == null ? "" : field;
        }

        Line(int line, String excerpt, String category, String status, String messageKey, String detail) {
            this(line, excerpt, category, status, messageKey, detail, null, "");
        }

        static Line of(int line, String excerpt, String category, String status, GiftProblem problem) {
            return new Line(line, excerpt, category, status, problem.messageKey(), problem.detail(),
                    problem.arguments(), problem.field());
        }

        /** The key of the message shown: the problem's own, or the one that names a refused field first. */
        public String displayKey() {
            return ProblemText.key(messageKey, field);
        }

        /** For the message source: {@code getMessage(displayKey(), messageArguments(), locale)}. */
        public Object[] messageArguments() {
            return ProblemText.arguments(messageKey, arguments, field);
        }
    }

    public long errors() {
        return lines.stream().filter(l -> l.status().equals("error")).count();
    }
}
