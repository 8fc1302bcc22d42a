package org.paralelo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paralelo.search.domain.Extraction;
import org.paralelo.support.HostileDocx;

/**
 * Formats beyond PDF and DOCX: text, HTML, spreadsheets, slides and OpenDocument, detected from the bytes alone; and
 * Word documents with hostile XML, which give no text rather than expanded or fetched entities.
 */
class TextExtractionTest {

    @Test
    void plain_text_html_and_odt_give_their_text() throws IOException {
        assertThat(extract("Guía de gestión cultural para municipios.\n".getBytes(StandardCharsets.UTF_8)))
                .contains("gestión cultural");
        assertThat(extract("<html><body><h1>Mecenazgo</h1><p>Apoyos privados</p><script>x()</script></body></html>"
                .getBytes(StandardCharsets.UTF_8))).contains("Mecenazgo").contains("Apoyos privados")
                .doesNotContain("x()");
        assertThat(extract(odf("application/vnd.oasis.opendocument.text", "<office:text><text:p>"
                + "Texto de un documento abierto sobre patrocinio.</text:p></office:text>"))).contains("patrocinio");
    }

    @Test
    void spreadsheets_and_slides_in_office_and_opendocument_formats_give_their_text() throws IOException {
        assertThat(extract(xlsx("Presupuesto del festival", "Honorarios de artistas"))).contains(
                "Presupuesto del festival", "Honorarios de artistas");
        assertThat(extract(pptx("Plan de públicos", "Talleres en la casa de cultura"))).contains("Plan de públicos",
                "Talleres en la casa de cultura");
        assertThat(extract(odf("application/vnd.oasis.opendocument.presentation",
                "<office:presentation><draw:page draw:name=\"1\"><draw:frame><draw:text-box><text:p>"
                        + "Diapositiva sobre mecenazgo cultural</text:p></draw:text-box></draw:frame></draw:page>"
                        + "</office:presentation>"))).contains("mecenazgo cultural");
    }

    private static byte[] xlsx(String title, String cell) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Hoja 1");
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.createRow(1).createCell(0).setCellValue(cell);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] pptx(String title, String body) throws IOException {
        try (XMLSlideShow slides = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var slide = slides.createSlide();
            var box = slide.createTextBox();
            box.setText(title + "\n" + body);
            slides.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void word_documents_declaring_entity_bombs_and_external_entities_give_no_expanded_or_fetched_text(
            @TempDir Path temp) throws IOException {
        try (HostileDocx hostile = new HostileDocx(temp)) {
            TextExtraction.Result contentTypes = TextExtraction.extract(
                    () -> new ByteArrayInputStream(hostile.inContentTypes()), 100_000, 20_000);
            TextExtraction.Result document = TextExtraction.extract(
                    () -> new ByteArrayInputStream(hostile.inDocument()), 100_000, 20_000);

            // Content types with a DTD: read as an Office package with no text in it.
            assertThat(contentTypes.status()).isEqualTo(Extraction.Status.DONE);
            assertThat(contentTypes.pages()).containsExactly("");
            // A document part with a DTD: the OOXML parser refuses it outright, so there is nothing to search.
            assertThat(document.status()).isEqualTo(Extraction.Status.FAILED);
            assertThat(document.pages()).isEmpty();
            assertThat(hostile.requests()).as("requests for external entities or DTDs").isZero();
        }
    }

    private static String extract(byte[] bytes) {
        TextExtraction.Result result = TextExtraction.extract(() -> new ByteArrayInputStream(bytes), 100_000, 20_000);
        assertThat(result.status()).isEqualTo(Extraction.Status.DONE);
        return String.join("\n", result.pages());
    }

    /** A minimal OpenDocument package of the given type whose body holds {@code body}. */
    private static byte[] odf(String type, String body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = type.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                    + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                    + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" office:version=\"1.2\">"
                    + "<office:body>" + body + "</office:body>"
                    + "</office:document-content>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                    + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" "
                    + "manifest:media-type=\"" + type + "\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
