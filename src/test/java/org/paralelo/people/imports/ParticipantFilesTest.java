package org.paralelo.people.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.paralelo.people.ImportField;
import org.paralelo.people.ImportFileRefusedException;
import org.paralelo.people.ImportMapping;
import org.paralelo.people.ImportTable;

class ParticipantFilesTest {

    @Test
    void a_semicolon_file_with_a_byte_order_mark_is_read_with_its_lines() {
        byte[] bytes = ("\uFEFFNombre;Correo electrónico;Estado\r\nAna;ana@ejemplo.mx;Oaxaca\r\n\r\n"
                + "\"Beto; el \"\"bueno\"\"\";beto@ejemplo.mx;OAX\r\n").getBytes(StandardCharsets.UTF_8);

        ImportTable table = ParticipantFiles.read(bytes);

        assertThat(table.headers()).containsExactly("Nombre", "Correo electrónico", "Estado");
        assertThat(table.rows()).extracting(ImportTable.Row::line).containsExactly(2, 4);
        assertThat(table.rows().get(1).cell(0)).isEqualTo("Beto; el \"bueno\"");
        assertThat(ImportMapping.guess(table.headers()).columns())
                .containsExactly(ImportField.FULL_NAME, ImportField.EMAIL, ImportField.STATE);
    }

    @Test
    void a_comma_file_without_byte_order_mark_is_read_and_english_headers_are_guessed() {
        ImportTable table = ParticipantFiles.read("Full name,E-mail,Municipality,Preferred language\nAna,a@b.mx,Tlaxco,en\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(ImportMapping.guess(table.headers()).columns()).containsExactly(ImportField.FULL_NAME,
                ImportField.EMAIL, ImportField.MUNICIPALITY, ImportField.LANGUAGE);
        assertThat(table.rows().getFirst().cell(2)).isEqualTo("Tlaxco");
    }

    @Test
    void an_xlsx_workbook_is_recognised_from_its_bytes_and_read_from_its_first_sheet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Participantes");
        sheet.value(0, 0, "Nombre");
        sheet.value(0, 1, "Correo");
        sheet.value(1, 0, "Ana");
        sheet.value(1, 1, "ana@ejemplo.mx");
        sheet.value(3, 0, "Carla");
        sheet.value(3, 1, "carla@ejemplo.mx");
        workbook.finish();

        ImportTable table = ParticipantFiles.read(out.toByteArray());

        assertThat(table.headers()).containsExactly("Nombre", "Correo");
        assertThat(table.rows()).extracting(r -> r.line() + " " + r.cell(0)).containsExactly("2 Ana", "4 Carla");
    }

    @Test
    void an_empty_file_is_refused_with_a_message() {
        assertRefused(new byte[0], "import.file.empty");
        assertRefused("  \n\n".getBytes(StandardCharsets.UTF_8), "import.file.empty");
    }

    @Test
    void a_file_with_only_its_header_is_refused_with_a_message() {
        assertRefused("Nombre,Correo\r\n,\r\n".getBytes(StandardCharsets.UTF_8), "import.file.header-only");
    }

    @Test
    void a_file_in_latin_1_is_refused_as_not_utf8() {
        assertRefused("Nombre,Correo\nMaría Peña,maria@ejemplo.mx\n".getBytes(StandardCharsets.ISO_8859_1),
                "import.file.not-utf8");
    }

    @Test
    void a_binary_file_or_an_old_excel_file_is_refused() {
        assertRefused(new byte[] {'a', 0, 'b', '\n', 'c'}, "import.file.unreadable");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0}, "import.file.old-excel");
        assertRefused(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, "import.file.unreadable");
    }

    @Test
    void a_huge_file_is_refused_by_size_and_a_long_one_by_rows() {
        assertRefused(new byte[ParticipantFiles.MAX_BYTES + 1], "import.file.too-big");
        StringBuilder csv = new StringBuilder("Nombre,Correo\n");
        for (int i = 0; i <= ParticipantFiles.MAX_ROWS; i++) {
            csv.append("P").append(i).append(",p").append(i).append("@e.mx\n");
        }
        assertRefused(csv.toString().getBytes(StandardCharsets.UTF_8), "import.file.too-many-rows");
    }

    @Test
    void an_unclosed_quote_is_refused_as_bad_csv() {
        assertRefused("Nombre,Correo\n\"Ana,ana@e.mx\n".getBytes(StandardCharsets.UTF_8), "import.file.bad-csv");
    }

    private static void assertRefused(byte[] bytes, String messageKey) {
        assertThatThrownBy(() -> ParticipantFiles.read(bytes)).isInstanceOf(ImportFileRefusedException.class)
                .extracting(e -> ((ImportFileRefusedException) e).messageKey()).isEqualTo(messageKey);
    }
}
