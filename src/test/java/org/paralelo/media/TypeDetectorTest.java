package org.paralelo.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Types come from the bytes alone; a file's name never reaches the detector. */
class TypeDetectorTest {

    private final TypeDetector detector = new TypeDetector();

    @TempDir
    Path directory;

    @Test
    void office_packages_are_told_apart_from_plain_zip_files_by_their_content() throws IOException {
        assertThat(detect(MediaFixtures.sampleDocx())).isEqualTo(MediaTypes.DOCX);
        assertThat(detect(MediaFixtures.docx())).isEqualTo(MediaTypes.DOCX);
        assertThat(detect(MediaFixtures.xlsx())).isEqualTo(MediaTypes.XLSX);
        assertThat(detect(MediaFixtures.pptx())).isEqualTo(MediaTypes.PPTX);
        assertThat(detect(MediaFixtures.odt())).isEqualTo(MediaTypes.ODT);
        assertThat(detect(MediaFixtures.odp())).isEqualTo(MediaTypes.ODP);
        assertThat(detect(MediaFixtures.zip())).isEqualTo("application/zip");
    }

    @Test
    void documents_text_and_images_are_recognised_by_their_bytes() throws IOException {
        assertThat(detect(MediaFixtures.samplePdf())).isEqualTo(MediaTypes.PDF);
        assertThat(detect(MediaFixtures.tinyPdf())).isEqualTo(MediaTypes.PDF);
        assertThat(detect(MediaFixtures.text("Lista de materiales: papel amate, pintura acrílica, pinceles.\n")))
                .isEqualTo(MediaTypes.TEXT);
        assertThat(detect(MediaFixtures.png(20, 10))).isEqualTo(MediaTypes.PNG);
        assertThat(detect(MediaFixtures.jpeg(20, 10))).isEqualTo(MediaTypes.JPEG);
        assertThat(detect(MediaFixtures.gif(20, 10))).isEqualTo(MediaTypes.GIF);
        assertThat(detect(MediaFixtures.webp())).isEqualTo(MediaTypes.WEBP);
    }

    @Test
    void dangerous_and_unsupported_content_is_named_for_what_it_is() throws IOException {
        assertThat(detect(MediaFixtures.html())).isEqualTo("text/html");
        assertThat(detect(MediaFixtures.svg())).isEqualTo("image/svg+xml");
        assertThat(MediaTypes.kindOf(detect(MediaFixtures.elf()))).isEqualTo(MediaTypes.Kind.PROGRAM);
        assertThat(MediaTypes.kindOf(detect(MediaFixtures.wav()))).isEqualTo(MediaTypes.Kind.AUDIO);
    }

    @Test
    void a_zip_called_report_docx_is_still_a_zip() throws IOException {
        Path file = directory.resolve("informe.docx");
        Files.write(file, MediaFixtures.zip());

        assertThat(detector.detect(file)).isEqualTo("application/zip");
    }

    private String detect(byte[] content) throws IOException {
        Path file = Files.createTempFile(directory, "fixture-", ".bin");
        Files.write(file, content);
        return detector.detect(file);
    }
}
