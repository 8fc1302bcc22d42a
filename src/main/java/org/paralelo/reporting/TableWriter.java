package org.paralelo.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes one table to a stream as it goes, row by row (fastexcel flushes finished rows; CSV writes through), so a
 * table of any length never sits in memory whole. Text cells are neutralised ({@link CellText}); numbers stay
 * numbers in XLSX.
 */
final class TableWriter {

    private static final int FLUSH_EVERY = 1_000;

    private TableWriter() {
    }

    /** A row's cells: text or numbers (Integer, Double), null for empty. */
    static void write(ExportFormat format, String sheetName, List<String> header, Iterator<List<@Nullable Object>> rows,
                      OutputStream out) throws IOException {
        if (format == ExportFormat.CSV) {
            csv(header, rows, out);
        } else {
            xlsx(sheetName, header, rows, out);
        }
    }

    private static void csv(List<String> header, Iterator<List<@Nullable Object>> rows, OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(header.stream().map(CellText::safe).toList());
        while (rows.hasNext()) {
            printer.printRecord(rows.next().stream().map(TableWriter::csvCell).toList());
        }
        printer.flush();
    }

    private static String csvCell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return String.format(Locale.ROOT, "%.1f", number);
        }
        return value instanceof Number ? value.toString() : CellText.safe(value.toString());
    }

    private static void xlsx(String sheetName, List<String> header, Iterator<List<@Nullable Object>> rows,
                             OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Paralelo", "1.0");
        sheet(workbook, sheetName, header, rows);
        workbook.finish();
    }

    /** Several tables in one XLSX workbook, one sheet each (the funder report). */
    static void sheets(List<FunderTable> tables, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Paralelo", "1.0");
        for (FunderTable table : tables) {
            sheet(workbook, table.title(), table.header(), table.rows().iterator());
        }
        workbook.finish();
    }

    private static void sheet(Workbook workbook, String sheetName, List<String> header,
                              Iterator<List<@Nullable Object>> rows) throws IOException {
        String name = sheetName.replaceAll("[\\\\/?*\\[\\]:]", " ");
        Worksheet sheet = workbook.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, CellText.safe(header.get(c)));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        while (rows.hasNext()) {
            List<@Nullable Object> row = rows.next();
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Number number) {
                    sheet.value(r, c, number);
                } else if (value != null) {
                    sheet.value(r, c, CellText.safe(value.toString()));
                }
            }
            if (r % FLUSH_EVERY == 0) {
                sheet.flush();
            }
            r++;
        }
        sheet.finish();
    }
}
