package org.paralelo.learning;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import org.paralelo.base.Languages;
import org.paralelo.base.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a certificate as a one-page landscape PDF in the certificate's language: name, course, hours, date, the
 * verification code and a QR code pointing to the public verification page. The QR is drawn as vector boxes, so it
 * stays sharp and needs no image encoder. Text is set in DejaVu Sans, embedded as a subset: the PDF's built-in fonts
 * cover only Western European letters, and learners' names may carry ẽ, ũ or ɨ (Otomí, Mixtec and other
 * orthographies of Mexico).
 */
@Component
class CertificatePdf {

    private static final String FAMILY = "Paralelo Sans";
    private static final List<Face> FACES = List.of(new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC));

    private record Face(String file, int weight, FontStyle style) {
    }

    /** The font files, read from the classpath once. */
    private static final Map<Face, byte[]> FONTS = FACES.stream().collect(Collectors.toUnmodifiableMap(f -> f,
            CertificatePdf::read));

    private static byte[] read(Face face) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream("/fonts/" + face.file())) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + face.file());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final MessageSource messages;
    private final PublicUrl publicUrl;

    CertificatePdf(MessageSource messages, PublicUrl publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    String verificationUrl(String code) {
        return publicUrl.link("verify/" + code);
    }

    byte[] render(CertificateView certificate) {
        Locale locale = Languages.supported(certificate.language());
        String date = certificate.issuedAt().atZone(CertificateService.PROGRAMME_ZONE).toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        String url = verificationUrl(certificate.code());
        String html = """
                <html><head><style>
                @page { size: A4 landscape; margin: 14mm; }
                body { font-family: '%s', sans-serif; color: #1a1a1a; text-align: center; }
                .frame { border: 3px solid #2c5e8a; padding: 10mm 12mm; }
                h1 { font-size: 26pt; margin: 0 0 4mm 0; color: #2c5e8a; }
                .name { font-size: %dpt; font-weight: bold; margin: 4mm 0; }
                .course { font-size: %dpt; font-style: italic; margin: 3mm 0; }
                .small { font-size: 10pt; color: #444; }
                table.qr { border-collapse: collapse; margin: 4mm auto 2mm auto; }
                table.qr td { width: 1mm; height: 1mm; padding: 0; }
                td.on { background: #000; }
                </style></head><body><div class="frame">
                <h1>%s</h1><div>%s</div><div class="name">%s</div><div>%s</div><div class="course">%s</div>
                <div>%s</div><div>%s</div>%s<div class="small">%s</div><div class="small">%s</div>
                </div></body></html>
                """.formatted(FAMILY, points(certificate.personName(), 22), points(certificate.courseTitle(), 16),
                text("learning.certificate.pdf.title", locale),
                text("learning.certificate.pdf.granted-to", locale), escape(certificate.personName()),
                text("learning.certificate.pdf.for-completing", locale), escape(certificate.courseTitle()),
                text("learning.certificate.pdf.hours", locale, certificate.hours()),
                text("learning.certificate.pdf.date", locale, date), qrTable(url),
                text("learning.certificate.pdf.code", locale, certificate.code()), escape(url));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (Face face : FACES) {
                byte[] font = FONTS.get(face);
                builder.useFont(() -> new ByteArrayInputStream(font), FAMILY, face.weight(), face.style(), true);
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Long names and titles (up to 200 characters) get smaller type, so a certificate is always one page. */
    static int points(String text, int largest) {
        int length = text.codePointCount(0, text.length());
        return length <= 60 ? largest : length <= 120 ? largest * 3 / 4 : largest * 3 / 5;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return escape(messages.getMessage(key, arguments, locale));
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }

    /** The QR code as an XHTML table of black and white cells. */
    static String qrTable(String content) {
        BitMatrix matrix = qr(content);
        StringBuilder html = new StringBuilder("<table class=\"qr\">");
        for (int y = 0; y < matrix.getHeight(); y++) {
            html.append("<tr>");
            for (int x = 0; x < matrix.getWidth(); x++) {
                html.append(matrix.get(x, y) ? "<td class=\"on\"></td>" : "<td></td>");
            }
            html.append("</tr>");
        }
        return html.append("</table>").toString();
    }

    static BitMatrix qr(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + content, e);
        }
    }
}
