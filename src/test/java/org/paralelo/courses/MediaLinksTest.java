package org.paralelo.courses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaLinksTest {

    @Test
    void finds_uploaded_images_and_attachments_but_not_lookalikes() {
        String markdown = """
                ![Taller](media/12/taller.jpg) y la [plantilla](media/345/plantilla%20de%20costos.pdf).
                Otra vez ![x](media/12/otra.png). No cuentan: https://ejemplo.mx/media/99/a.pdf, multimedia/77/b.pdf,
                /media/abc/c.pdf ni media/9x/d.pdf.
                """;
        assertThat(MediaLinks.idsIn(markdown)).containsExactly(12L, 345L);
    }

    @Test
    void empty_or_missing_markdown_uses_no_files() {
        assertThat(MediaLinks.idsIn("")).isEmpty();
        assertThat(MediaLinks.idsIn(null)).isEmpty();
    }
}
