package org.paralelo.interchange;

import java.util.List;

/**
 * A GIFT or Aiken import into a course's bank, question by question: what each line gave (imported, refused or
 * imported with a warning), and how many questions were stored (zero in a preview, or when all-or-nothing was
 * chosen and something was refused).
 */
public record QuestionImportReport(List<Line> lines, int stored, boolean applied) {

    public QuestionImportReport {
        lines = List.copyOf(lines);
    }

    /** {@code status}: ok, warning or error; the message key and detail explain warnings and errors. */
    public record Line(int line, String excerpt, String category, String status, String messageKey, String detail) {
    }

    public long errors() {
        return lines.stream().filter(l -> l.status().equals("error")).count();
    }
}
