package org.paralelo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TableWriterTest {

    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"clic\")", "+52 55 1234",
            "-1+1", "@SUM(A1:A9)", "\tcmd", "\rcmd");

    private static Iterator<List<@Nullable Object>> rows(List<String> labels) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (String label : labels) {
            rows.add(Arrays.asList(label, 3, null, 12.5));
        }
        return rows.iterator();
    }

    /**
     * The text of every part under xl/ (sheets, shared strings), read through the zip's central directory, with the
     * XML escapes undone.
     */
    private static String xlsxText(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("report", ".xlsx");
        try {
            Files.write(file, xlsx);
            StringBuilder all = new StringBuilder();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (entry.getName().startsWith("xl/")) {
                        all.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            return all.toString().replace("&apos;", "'").replace("&#39;", "'").replace("&quot;", "\"")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void csv_starts_with_a_byte_order_mark_and_neutralises_every_cell_a_spreadsheet_would_run() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TableWriter.write(ExportFormat.CSV, "Lugares", List.of("Municipio", "Alcanzadas", "Meta", "Promedio"),
                rows(HOSTILE), out);

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("Municipio,Alcanzadas,Meta,Promedio\r\n");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"clic\"\")\",3,,12.5")
                .contains("'+52 55 1234,3").contains("'-1+1,3").contains("'@SUM(A1:A9),3")
                .contains("\n'\tcmd,3").contains("\"'\rcmd\"");
        assertThat(text.lines().filter(l -> l.startsWith("=") || l.startsWith("+") || l.startsWith("@"))).isEmpty();
    }

    @Test
    void xlsx_keeps_numbers_as_numbers_and_hostile_text_as_neutralised_text() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TableWriter.write(ExportFormat.XLSX, "Lugares", List.of("=Municipio", "Alcanzadas", "Meta", "Promedio"),
                rows(HOSTILE), out);

        String xml = xlsxText(out.toByteArray());
        assertThat(xml).contains("'=HYPERLINK").contains("'+52 55 1234").contains("'@SUM(A1:A9)")
                .contains("'=Municipio").doesNotContain("<f>");
        assertThat(xml).contains("<v>12.5</v>");
    }

    @Test
    void accents_and_a_name_full_of_commas_quotes_and_line_breaks_survive_the_csv() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TableWriter.write(ExportFormat.CSV, "x", List.of("Nombre"), rows(List.of("Peñón, \"el\"\nGrande — Oaxaca")),
                out);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"Peñón, \"\"el\"\"\nGrande — Oaxaca\"");
    }

    @Test
    void one_hundred_thousand_rows_are_written_as_they_are_made_in_both_formats() throws IOException {
        for (ExportFormat format : ExportFormat.values()) {
            int[] made = {0};
            CountingStream out = new CountingStream(made);
            Iterator<List<@Nullable Object>> lazy = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return made[0] < 100_000;
                }

                @Override
                public List<@Nullable Object> next() {
                    made[0]++;
                    return Arrays.asList("Persona " + made[0], made[0] % 7, null, 80.0);
                }
            };

            TableWriter.write(format, "Personas", List.of("Persona", "Cursos", "Meta", "Promedio"), lazy, out);

            assertThat(made[0]).isEqualTo(100_000);
            assertThat(out.bytes).as(format.name()).isGreaterThan(500_000);
            assertThat(out.madeAtFirstWrite).as("%s wrote while rows were still being made", format)
                    .isBetween(1, 20_000);
        }
    }

    /** Counts bytes, and how many rows had been made when the first bytes came out (streaming, not buffering). */
    private static final class CountingStream extends OutputStream {
        private final int[] made;
        long bytes;
        int madeAtFirstWrite = -1;

        CountingStream(int[] made) {
            this.made = made;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (madeAtFirstWrite < 0 && made[0] > 0) {
                madeAtFirstWrite = made[0];
            }
            bytes += len;
        }
    }
}
