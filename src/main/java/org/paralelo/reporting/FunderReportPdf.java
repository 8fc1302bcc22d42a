package org.paralelo.reporting;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Entities;
import org.paralelo.base.PdfDocuments;

/**
 * The funder report as PDF (A4): a cover with the title, period, scope and date, then each table with a heading;
 * where a table has a bar column, each row gets a bar drawn with plain boxes (against its target where there is
 * one, marked in red), which openhtmltopdf renders without any SVG support. Every text is escaped.
 */
final class FunderReportPdf {

    private static final String STYLE = """
            @page { size: A4 portrait; margin: 16mm 14mm; @bottom-right { content: "%s " counter(page);
              font-family: '%s'; font-size: 8pt; color: #555; } }
            body { font-family: '%s', sans-serif; color: #1a1a1a; font-size: 9pt; }
            .cover { page-break-after: always; padding-top: 60mm; text-align: center; }
            .cover h1 { font-size: 26pt; color: #2c5e8a; margin: 0 0 6mm 0; }
            .cover p { font-size: 13pt; margin: 2mm 0; }
            h2 { font-size: 13pt; color: #2c5e8a; margin: 7mm 0 2mm 0; page-break-after: avoid; }
            table { width: 100%%; border-collapse: collapse; -fs-table-paginate: paginate; }
            th, td { border-bottom: 0.5pt solid #bbb; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
            th { background: #e8eef4; }
            th + th { text-align: right; }
            td.n { text-align: right; }
            td.bar { width: 38mm; }
            .track { position: relative; height: 3.2mm; background: #eef2f6; }
            .fill { height: 3.2mm; background: #2c5e8a; }
            .mark { position: absolute; top: -0.6mm; width: 0.8mm; height: 4.4mm; background: #c0392b; }
            """;

    private FunderReportPdf() {
    }

    static byte[] render(FunderReport report, String pageWord) {
        StringBuilder html = new StringBuilder("<html><head><style>")
                .append(STYLE.formatted(escape(pageWord), PdfDocuments.FAMILY, PdfDocuments.FAMILY))
                .append("</style></head><body><div class=\"cover\"><h1>").append(escape(report.title()))
                .append("</h1><p>").append(escape(report.subtitle())).append("</p><p>").append(escape(report.scope()))
                .append("</p><p>").append(escape(report.generated())).append("</p></div>");
        for (FunderTable table : report.tables()) {
            table(html, table);
        }
        return PdfDocuments.render(html.append("</body></html>").toString());
    }

    private static void table(StringBuilder html, FunderTable table) {
        html.append("<h2>").append(escape(table.title())).append("</h2><table><thead><tr>");
        for (String header : table.header()) {
            html.append("<th>").append(escape(header)).append("</th>");
        }
        if (table.barColumn() >= 0) {
            html.append("<th></th>");
        }
        html.append("</tr></thead><tbody>");
        double largest = table.rows().stream().mapToDouble(r -> number(r, table.barColumn())).max().orElse(0);
        for (List<@Nullable Object> row : table.rows()) {
            html.append("<tr>");
            for (Object cell : row) {
                html.append(cell instanceof Number ? "<td class=\"n\">" : "<td>").append(escape(text(cell)))
                        .append("</td>");
            }
            if (table.barColumn() >= 0) {
                bar(html, number(row, table.barColumn()), table.barMaxColumn() >= 0
                        ? number(row, table.barMaxColumn()) : 0, largest);
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /** A bar of the value against the scale (the larger of the target and the largest value); the target marked. */
    private static void bar(StringBuilder html, double value, double target, double largest) {
        double scale = Math.max(Math.max(target, largest), 1);
        html.append("<td class=\"bar\"><div class=\"track\"><div class=\"fill\" style=\"width: ")
                .append(percent(value / scale)).append("%;\"></div>");
        if (target > 0) {
            html.append("<div class=\"mark\" style=\"left: ").append(percent(target / scale)).append("%;\"></div>");
        }
        html.append("</div></td>");
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f", Math.min(100, 100 * share));
    }

    private static double number(List<@Nullable Object> row, int column) {
        return column >= 0 && column < row.size() && row.get(column) instanceof Number n ? n.doubleValue() : 0;
    }

    static String text(@Nullable Object cell) {
        if (cell == null) {
            return "—";
        }
        if (cell instanceof Double d) {
            return String.format(Locale.ROOT, "%.1f", d);
        }
        return cell.toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
