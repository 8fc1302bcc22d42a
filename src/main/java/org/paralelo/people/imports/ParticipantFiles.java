package org.paralelo.people.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.paralelo.people.ImportFileRefusedException;
import org.paralelo.people.ImportTable;

/**
 * Reads a participant file into text cells. The type comes from the bytes, never the name: a ZIP header is an
 * XLSX workbook (first sheet), anything else must be UTF-8 text (with or without BOM), separated by commas or
 * semicolons, whichever the header line has more of (Excel in Spanish writes semicolons). Caps on bytes, rows
 * and columns keep a hostile file from filling memory.
 */
public final class ParticipantFiles {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 5_000;
    public static final int MAX_COLUMNS = 40;
    private static final int MAX_CELL = 1_000;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private ParticipantFiles() {
    }

    public static ImportTable read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImportFileRefusedException("import.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportFileRefusedException("import.file.too-big", MAX_BYTES / (1024 * 1024));
        }
        List<List<String>> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        if (startsWith(bytes, ZIP)) {
            readWorkbook(bytes, lines, numbers);
        } else if (startsWith(bytes, OLE2)) {
            throw new ImportFileRefusedException("import.file.old-excel");
        } else {
            readCsv(decode(bytes), lines, numbers);
        }
        if (lines.isEmpty() || lines.getFirst().stream().allMatch(String::isBlank)) {
            throw new ImportFileRefusedException("import.file.empty");
        }
        List<ImportTable.Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            ImportTable.Row row = new ImportTable.Row(numbers.get(i), lines.get(i));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new ImportFileRefusedException("import.file.header-only");
        }
        return new ImportTable(lines.getFirst().stream().map(String::strip).toList(), rows);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && java.util.Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new ImportFileRefusedException("import.file.unreadable");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw new ImportFileRefusedException("import.file.not-utf8");
        }
    }

    private static void readCsv(String text, List<List<String>> lines, List<Integer> numbers) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(text)).setIgnoreEmptyLines(false)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int line = 1;
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                add(lines, record.toList());
                numbers.add(line);
                line = (int) parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | RuntimeException malformed) {
            if (malformed instanceof ImportFileRefusedException refused) {
                throw refused;
            }
            throw new ImportFileRefusedException("import.file.bad-csv");
        }
    }

    /** The separator the header line uses most: ';' or ',' (a tab for files saved as "text, tab separated"). */
    static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static void readWorkbook(byte[] bytes, List<List<String>> lines, List<Integer> numbers) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = rows.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                List<String> cells = new ArrayList<>();
                int count = Math.min(row.getCellCount(), MAX_COLUMNS + 1);
                for (int c = 0; c < count; c++) {
                    cells.add(row.getCellText(c));
                }
                add(lines, cells);
                numbers.add(row.getRowNum());
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof ImportFileRefusedException refused) {
                throw refused;
            }
            throw new ImportFileRefusedException("import.file.unreadable");
        }
    }

    private static void add(List<List<String>> lines, List<String> cells) {
        if (lines.size() > MAX_ROWS) {
            throw new ImportFileRefusedException("import.file.too-many-rows", MAX_ROWS);
        }
        if (cells.size() > MAX_COLUMNS) {
            throw new ImportFileRefusedException("import.file.too-many-columns", MAX_COLUMNS);
        }
        lines.add(cells.stream().map(c -> c.length() > MAX_CELL ? c.substring(0, MAX_CELL) : c).toList());
    }
}
