package org.paralelo.programme;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Entities;
import org.paralelo.base.PdfDocuments;
import org.paralelo.base.QrCodes;
import org.paralelo.programme.domain.ProgrammeSession;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable sign-in sheet of a session, for venues without connectivity: the session, the venue's date and
 * times with its zone named, one numbered line per person (name, municipality, a column to sign), blank lines for
 * walk-ins and a QR code of the check-in page. A4 portrait; long lists continue on further pages with the header
 * row repeated.
 */
@Component
class SignInSheetPdf {

    /** Blank lines for people who come without registering. */
    static final int BLANK_LINES = 8;

    private final MessageSource messages;

    SignInSheetPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(ProgrammeSession session, String runName, List<RollCallEntry> people, String checkInLink,
                  Locale locale) {
        ZonedDateTime starts = session.getStarts();
        String when = text("programme.sheet.when", locale,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(starts),
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(starts),
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(session.getEnds()),
                starts.getZone().getDisplayName(TextStyle.FULL, locale));
        StringBuilder rows = new StringBuilder();
        int number = 1;
        for (RollCallEntry entry : people) {
            rows.append(row(number++, entry.person().fullName(), entry.municipality()));
        }
        for (int i = 0; i < BLANK_LINES; i++) {
            rows.append(row(number++, "", null));
        }
        String html = """
                <html><head><style>
                @page { size: A4 portrait; margin: 14mm 12mm; }
                body { font-family: '%s', sans-serif; color: #1a1a1a; font-size: 10pt; }
                h1 { font-size: 16pt; margin: 0 0 2mm 0; color: #2c5e8a; }
                .facts { margin: 0 0 1mm 0; }
                .head { width: 100%%; border-collapse: collapse; }
                .head td { vertical-align: top; }
                table.list { width: 100%%; border-collapse: collapse; margin-top: 4mm; -fs-table-paginate: paginate; }
                table.list th, table.list td.c { border: 0.5pt solid #555; padding: 1.5mm 2mm; text-align: left; }
                table.list th { background: #e8eef4; }
                table.list td.c { height: 7mm; }
                td.n { width: 8mm; } td.sign { width: 55mm; }
                table.qr { border-collapse: collapse; }
                table.qr td { width: 0.9mm; height: 0.9mm; padding: 0; }
                td.on { background: #000; }
                .small { font-size: 8pt; color: #444; }
                </style></head><body>
                <table class="head"><tr><td>
                <h1>%s</h1><div class="facts"><b>%s</b></div><div class="facts">%s</div><div class="facts">%s</div>
                <div class="facts">%s</div>
                </td><td style="width: 40mm; text-align: center;">%s<div class="small">%s</div></td></tr></table>
                <table class="list"><thead><tr><th class="n">%s</th><th>%s</th><th>%s</th><th class="sign">%s</th>
                </tr></thead><tbody>%s</tbody></table>
                <p class="small">%s</p>
                </body></html>
                """.formatted(PdfDocuments.FAMILY, text("programme.sheet.title", locale), escape(session.getTitle()),
                escape(runName), escape(when), escape(session.getVenueName() + " · " + session.getVenueAddress() + " · "
                        + session.getVenueMunicipality()), QrCodes.table(checkInLink),
                text("programme.sheet.scan", locale), text("programme.sheet.column.number", locale),
                text("programme.sheet.column.name", locale), text("programme.sheet.column.municipality", locale),
                text("programme.sheet.column.signature", locale), rows, text("programme.sheet.footer", locale));
        return PdfDocuments.render(html);
    }

    private static String row(int number, String name, @Nullable String municipality) {
        return "<tr><td class=\"c n\">" + number + "</td><td class=\"c\">" + escape(name) + "</td><td class=\"c\">"
                + escape(municipality == null ? "" : municipality) + "</td><td class=\"c sign\"></td></tr>";
    }

    private String text(String key, Locale locale, Object... arguments) {
        return escape(messages.getMessage(key, arguments, locale));
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
