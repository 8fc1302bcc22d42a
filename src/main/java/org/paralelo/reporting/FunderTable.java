package org.paralelo.reporting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table of the funder report, in the reader's language: its title (the XLSX sheet's name), its header and its
 * rows (text or numbers, null for none). {@code barColumn} is the column drawn as bars in the PDF (-1 for none),
 * against {@code barMaxColumn} (a target) where there is one, else against the largest value of the column.
 */
public record FunderTable(String title, List<String> header, List<List<@Nullable Object>> rows, int barColumn,
                          int barMaxColumn) {

    public static FunderTable plain(String title, List<String> header, List<List<@Nullable Object>> rows) {
        return new FunderTable(title, header, rows, -1, -1);
    }
}
