package org.paralelo.learning;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.paralelo.base.Languages;
import org.paralelo.base.PdfDocuments;
import org.paralelo.base.PublicUrl;
import org.paralelo.base.QrCodes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a certificate as a one-page landscape PDF in the certificate's language: name, course, hours, date, the
 * verification code and a QR code pointing to the public verification page. The QR is drawn as vector boxes, so it
 * stays sharp and needs no image encoder ({@link QrCodes}). Text is set in DejaVu Sans ({@link PdfDocuments}).
 */
@Component
class CertificatePdf {

    private static final String FAMILY = PdfDocuments.FAMILY;

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
                hours(certificate, locale),
                text("learning.certificate.pdf.date", locale, date), qrTable(url),
                text("learning.certificate.pdf.code", locale, certificate.code()), escape(url));
        return PdfDocuments.render(html);
    }

    /** The online hours, and the on-site hours beside them when the course had an on-site part. */
    private String hours(CertificateView certificate, Locale locale) {
        Integer minutes = certificate.onSiteMinutes();
        if (minutes == null || minutes == 0) {
            return text("learning.certificate.pdf.hours", locale, certificate.hours());
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        return text("learning.certificate.pdf.hours-hybrid", locale, certificate.hours(),
                number.format(minutes / 60.0), minutes == 60 ? 1 : 2);
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
        return QrCodes.table(content);
    }
}
