package org.paralelo.people;

/**
 * One error of one row: the line of the file (the header is line 1), the column (1 = A) and its header, the kind,
 * and the value found, for a message like "line 12, column C (Correo): «ana@» is not an e-mail address".
 */
public record ImportProblem(int line, int column, String header, ImportProblemKind kind, String value) {

    /** The column as a spreadsheet names it: 1 → A, 27 → AA. */
    public String columnLetter() {
        StringBuilder letters = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
