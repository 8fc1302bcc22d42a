package org.paralelo.reporting.ui;

import java.util.List;

/**
 * A chart ready to show: its SVG, and the same data as a table (header and rows of text) for people who cannot or
 * would rather not read the picture. Title and description are inside the SVG too ({@code <title>}, {@code <desc>}).
 */
record Chart(String id, String title, String description, String svg, List<String> header, List<List<String>> rows) {

    /** The figure: caption, the SVG, and the table behind a "show the data" disclosure. Every text is escaped. */
    String html(String showData) {
        StringBuilder out = new StringBuilder(svg.length() + 512);
        out.append("<figure class=\"report-chart-figure\" id=\"").append(Svg.text(id)).append("\">")
                .append(svg).append("<figcaption>").append(Svg.text(description)).append("</figcaption>")
                .append("<details><summary>").append(Svg.text(showData)).append("</summary><table><thead><tr>");
        header.forEach(h -> out.append("<th scope=\"col\">").append(Svg.text(h)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String tag = i == 0 ? "th scope=\"row\"" : "td";
                out.append('<').append(tag).append('>').append(Svg.text(row.get(i)))
                        .append(i == 0 ? "</th>" : "</td>");
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table></details></figure>").toString();
    }
}
