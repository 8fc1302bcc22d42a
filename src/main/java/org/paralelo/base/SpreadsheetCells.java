package org.paralelo.base;

/**
 * Text cells as spreadsheets will read them: a value that a spreadsheet would take for a formula (it begins with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so a name like {@code =HYPERLINK(...)}
 * stays text (CSV and formula injection). Shared by every module that writes CSV.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String safe(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
