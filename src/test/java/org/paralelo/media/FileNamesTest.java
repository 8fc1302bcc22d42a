package org.paralelo.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Upload names are only for display and downloads, yet must be harmless everywhere they appear. */
class FileNamesTest {

    @Test
    void paths_are_cut_down_to_the_last_element() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("C:\\Users\\ana\\Desktop\\Guía.pdf")).isEqualTo("Guía.pdf");
        assertThat(FileNames.sanitise("..")).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.sanitise("/")).isEqualTo(FileNames.FALLBACK);
    }

    @Test
    void control_and_invisible_formatting_characters_are_removed() {
        assertThat(FileNames.sanitise("a\u0000b.pdf")).isEqualTo("ab.pdf");
        assertThat(FileNames.sanitise("línea\r\nnueva.txt")).isEqualTo("línea nueva.txt");
        // A right-to-left override makes "factura\u202Efdp.exe" look like "factura.exe.pdf" on screen.
        assertThat(FileNames.sanitise("factura\u202Efdp.exe")).isEqualTo("facturafdp.exe");
    }

    @Test
    void characters_windows_forbids_and_leading_dots_are_replaced_or_dropped() {
        assertThat(FileNames.sanitise("¿Qué? <versión> \"final\".docx")).isEqualTo("¿Qué_ _versión_ _final_.docx");
        assertThat(FileNames.sanitise(" .bashrc ")).isEqualTo("bashrc");
        assertThat(FileNames.sanitise("informe.   ")).isEqualTo("informe");
    }

    @Test
    void long_names_are_cut_to_255_characters_keeping_the_extension() {
        String name = FileNames.sanitise("x".repeat(300) + ".pdf");

        assertThat(name).hasSize(255).endsWith("x.pdf");
    }

    @Test
    void characters_outside_the_basic_plane_are_never_cut_in_half() {
        String name = FileNames.sanitise("a" + "🎭".repeat(200));

        assertThat(name.length()).isLessThanOrEqualTo(255);
        assertThat(Character.isHighSurrogate(name.charAt(name.length() - 1))).isFalse();
    }

    @Test
    void spanish_names_keep_their_accents_in_one_normal_form() {
        assertThat(FileNames.sanitise("Guía de precios.pdf")).isEqualTo("Guía de precios.pdf");
        assertThat(FileNames.sanitise("Gui\u0301a.pdf")).isEqualTo("Guía.pdf");
    }

    @Test
    void a_name_gets_the_extension_of_what_the_bytes_really_are() {
        assertThat(FileNames.withExtensionFor("Guía.pdf", MediaTypes.PDF)).isEqualTo("Guía.pdf");
        assertThat(FileNames.withExtensionFor("foto.JPG", MediaTypes.JPEG)).isEqualTo("foto.JPG");
        assertThat(FileNames.withExtensionFor("foto.pdf", MediaTypes.PNG)).isEqualTo("foto.pdf.png");
        assertThat(FileNames.withExtensionFor("passwd", MediaTypes.TEXT)).isEqualTo("passwd.txt");
        assertThat(FileNames.withExtensionFor("y".repeat(255), MediaTypes.DOCX)).hasSize(255).endsWith("y.docx");
    }
}
