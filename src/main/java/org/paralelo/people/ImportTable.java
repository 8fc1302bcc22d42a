package org.paralelo.people;

import java.util.List;

/**
 * A participant file as read: its header row and its data rows as text cells, with the file line of each row
 * (the header is line 1; a CSV cell with a line break makes the following rows' lines larger than their index).
 */
public record ImportTable(List<String> headers, List<Row> rows) {

    public ImportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at a zero-based column, empty where the row is shorter. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column).strip() : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
