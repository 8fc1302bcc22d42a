package org.paralelo.programme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Entities;
import org.paralelo.base.Languages;
import org.paralelo.base.PdfDocuments;
import org.paralelo.base.SpreadsheetCells;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A series' agreements for the next workshop's table: CSV (UTF-8 with a BOM so spreadsheets read the accents,
 * formula-like cells neutralised) and an A4 landscape PDF, both in the reader's language, pending ones first.
 */
@Component
class AgreementExports {

    private static final List<String> COLUMNS = List.of("status", "overdue", "text", "responsible", "due",
            "session", "session-date", "follow-ups");

    private final MessageSource messages;

    AgreementExports(MessageSource messages) {
        this.messages = messages;
    }

    byte[] csv(List<AgreementView> agreements, Locale requested) {
        Locale locale = Languages.supported(requested);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            printer.printRecord(COLUMNS.stream().map(c -> text("programme.agreement.column." + c, locale)).toList());
            for (AgreementView a : agreements) {
                printer.printRecord(cells(a, locale).stream().map(SpreadsheetCells::safe).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    byte[] pdf(String seriesName, List<AgreementView> agreements, Instant now, Locale requested) {
        Locale locale = Languages.supported(requested);
        StringBuilder rows = new StringBuilder();
        for (AgreementView a : agreements) {
            rows.append("<tr").append(a.overdue() ? " class=\"late\"" : "").append(">");
            cells(a, locale).forEach(cell -> rows.append("<td>").append(escape(cell)).append("</td>"));
            rows.append("</tr>");
        }
        StringBuilder header = new StringBuilder();
        COLUMNS.forEach(c -> header.append("<th>").append(escape(text("programme.agreement.column." + c, locale)))
                .append("</th>"));
        String html = """
                <html><head><style>
                @page { size: A4 landscape; margin: 12mm; }
                body { font-family: '%s', sans-serif; color: #1a1a1a; font-size: 9pt; }
                h1 { font-size: 15pt; margin: 0 0 1mm 0; color: #2c5e8a; }
                table { width: 100%%; border-collapse: collapse; margin-top: 4mm; -fs-table-paginate: paginate; }
                th, td { border: 0.5pt solid #555; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
                th { background: #e8eef4; }
                tr.late td { background: #fdecea; }
                .small { font-size: 8pt; color: #444; }
                </style></head><body>
                <h1>%s</h1><div><b>%s</b></div><div class="small">%s</div>
                <table><thead><tr>%s</tr></thead><tbody>%s</tbody></table>
                </body></html>
                """.formatted(PdfDocuments.FAMILY, escape(text("programme.agreement.export.title", locale)),
                escape(seriesName), escape(text("programme.agreement.export.printed", locale,
                        date(LocalDate.ofInstant(now, VenueZones.of(null)), locale))), header,
                agreements.isEmpty() ? "<tr><td colspan=\"8\">" + escape(text("programme.agreement.none", locale))
                        + "</td></tr>" : rows);
        return PdfDocuments.render(html);
    }

    private List<String> cells(AgreementView a, Locale locale) {
        String followUps = String.join(" | ", a.notes().stream().map(n -> date(LocalDate.ofInstant(n.at(),
                VenueZones.of(null)), locale) + " " + n.author() + ": " + text(n.after().messageKey(), locale)
                + (n.text().isEmpty() ? "" : " — " + n.text())).toList());
        return List.of(text(a.status().messageKey(), locale),
                a.overdue() ? text("programme.agreement.overdue", locale) : "", a.text(), a.responsible(),
                a.due() == null ? "" : date(a.due(), locale), a.sessionTitle(), date(a.sessionDate(), locale),
                followUps);
    }

    private static String date(@Nullable LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(date);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
