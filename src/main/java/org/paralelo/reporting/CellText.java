package org.paralelo.reporting;

import org.paralelo.base.SpreadsheetCells;

/**
 * Text cells as spreadsheets will read them: a value that a spreadsheet would take for a formula (it begins with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so a name like {@code =HYPERLINK(...)}
 * stays text (CSV and formula injection).
 */
public final class CellText {

    private CellText() {
    }

    public static String safe(String value) {
        return SpreadsheetCells.safe(value);
    }
}
