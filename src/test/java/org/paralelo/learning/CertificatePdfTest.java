package org.paralelo.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.base.PublicUrl;
import org.paralelo.courses.CourseId;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The certificate PDF: one page in the learner's language, with its facts, and a QR code that reads back. */
class CertificatePdfTest {

    static final String CODE = "K7QM-2XPA-9RTB-HW4C";

    final CertificatePdf pdf = new CertificatePdf(messages(), PublicUrl.of("https://paralelo.example.org/"));

    @Test
    void a_spanish_certificate_names_the_person_course_hours_date_and_code_and_its_qr_leads_to_verification()
            throws Exception {
        byte[] bytes = pdf.render(certificate(Languages.SPANISH, "Ana Sofía Núñez <b>", "Gestión & cultura"));
        keepForInspection("certificate-es.pdf", bytes);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Certificado", "Ana Sofía Núñez <b>", "Gestión & cultura", "12 horas",
                    "20 de junio de 2026", CODE);
            BufferedImage page = new PDFRenderer(document).renderImage(0, 2.5f);
            assertThat(readQr(page)).isEqualTo("https://paralelo.example.org/verify/" + CODE);
        }
    }

    @Test
    void an_english_learner_gets_the_certificate_in_english() throws Exception {
        byte[] bytes = pdf.render(certificate(Languages.ENGLISH, "John Smith", "Marketing"));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Awarded to", "lasting 12 hours",
                    "June 20, 2026");
        }
    }

    @Test
    void a_one_hour_course_reads_in_the_singular_in_both_languages() throws Exception {
        for (Locale language : new Locale[] {Languages.SPANISH, Languages.ENGLISH}) {
            CertificateView certificate = new CertificateView(CODE, new CourseId(1), "Taller", "Ana", 1, language,
                    Instant.parse("2026-06-20T18:00:00Z"), null);
            try (PDDocument document = Loader.loadPDF(pdf.render(certificate))) {
                assertThat(new PDFTextStripper().getText(document)).containsAnyOf("con una duración de 1 hora\n",
                        "lasting 1 hour\n").doesNotContain("1 horas", "1 hours");
            }
        }
    }

    @Test
    void a_name_in_an_orthography_of_mexico_beyond_western_european_letters_is_printed_with_an_embedded_font()
            throws Exception {
        String name = "Ndähi Ũxẽ Mɨxe";
        byte[] bytes = pdf.render(certificate(Languages.SPANISH, name, "Gestión cultural"));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document)).contains(name);
            List<PDFont> fonts = new ArrayList<>();
            PDResources resources = document.getPage(0).getResources();
            for (COSName font : resources.getFontNames()) {
                fonts.add(resources.getFont(font));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
        assertThat(bytes.length).as("subset fonts keep the certificate small").isLessThan(200_000);
    }

    @Test
    void the_longest_course_title_and_the_longest_name_still_fit_on_one_page() throws Exception {
        String title = ("Gestión empresarial para emprendimientos culturales y casas de cultura municipales ").repeat(3)
                .substring(0, 200);
        String name = ("María de los Ángeles Guadalupe Xóchitl Hernández Ruiz de Alarcón y Villaseñor ").repeat(3)
                .substring(0, 200).strip();

        byte[] bytes = pdf.render(certificate(Languages.SPANISH, name, title));

        keepForInspection("certificate-long.pdf", bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(name, title.strip());
        }
    }

    /** Leaves the PDF beside the browser screenshots, so a person can look at it. */
    private static void keepForInspection(String name, byte[] bytes) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), bytes);
    }

    private static CertificateView certificate(Locale language, String name, String course) {
        return new CertificateView(CODE, new CourseId(1), course, name, 12, language,
                Instant.parse("2026-06-20T18:00:00Z"), null);
    }

    private static String readQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
