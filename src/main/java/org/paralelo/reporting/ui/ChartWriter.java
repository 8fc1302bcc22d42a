package org.paralelo.reporting.ui;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the dashboard's charts as small, self-contained SVG: horizontal bars with a target mark, a line over
 * months and a funnel. The drawing is 360 units wide and scales to its box, so it reads on a 360 px phone; no
 * scripts, no external fonts, text escaped. At most {@link #MAX_BARS} bars are drawn (the table holds every row), so
 * a chart stays well under 30 KB.
 */
final class ChartWriter {

    static final int WIDTH = 360;
    static final int MAX_BARS = 40;
    private static final int LABEL_WIDTH = 128;
    private static final int VALUE_WIDTH = 50;
    private static final int ROW = 24;
    private static final String FONT = "font-family=\"system-ui,sans-serif\" font-size=\"11\"";
    private static final String BAR = "#1a66c9";
    private static final String SECOND = "#c2550a";
    private static final String TARGET = "#b3261e";
    private static final String GRID = "#d5d9de";
    private static final String INK = "#1f2937";

    private ChartWriter() {
    }

    /** One bar: a label, a value, an optional target and an optional link (drill-down). */
    record Bar(String label, int value, @Nullable Integer target, @Nullable String href) {
    }

    /** One line of a line chart: its name and one value per month. */
    record Series(String name, int[] values) {
    }

    static String bars(String id, String title, String description, List<Bar> all) {
        List<Bar> bars = all.size() > MAX_BARS ? all.subList(0, MAX_BARS) : all;
        int height = Math.max(1, bars.size()) * ROW + 8;
        double max = Math.max(1, bars.stream().mapToInt(b -> Math.max(b.value(), b.target() == null ? 0
                : b.target())).max().orElse(1));
        double area = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        StringBuilder svg = open(id, title, description, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = 4 + i * ROW;
            double length = area * bar.value() / max;
            StringBuilder row = new StringBuilder();
            row.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(Svg.n(y + 15))
                    .append("\" text-anchor=\"end\" fill=\"").append(INK).append("\">")
                    .append(Svg.text(Svg.shorten(bar.label(), 19))).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(Svg.n(y + 4))
                    .append("\" width=\"").append(Svg.n(Math.max(bar.value() > 0 ? 1 : 0, length)))
                    .append("\" height=\"14\" fill=\"").append(BAR).append("\"/>");
            if (bar.target() != null) {
                double x = LABEL_WIDTH + area * bar.target() / max;
                row.append("<line x1=\"").append(Svg.n(x)).append("\" x2=\"").append(Svg.n(x)).append("\" y1=\"")
                        .append(Svg.n(y + 1)).append("\" y2=\"").append(Svg.n(y + 21)).append("\" stroke=\"")
                        .append(TARGET).append("\" stroke-width=\"2\"/>");
            }
            row.append("<text x=\"").append(WIDTH - VALUE_WIDTH + 4).append("\" y=\"").append(Svg.n(y + 15))
                    .append("\" fill=\"").append(INK).append("\">").append(bar.value())
                    .append(bar.target() == null ? "" : "/" + bar.target()).append("</text>");
            if (bar.href() != null) {
                svg.append("<a href=\"").append(Svg.text(bar.href())).append("\">").append(row).append("</a>");
            } else {
                svg.append(row);
            }
        }
        return svg.append("</svg>").toString();
    }

    static String line(String id, String title, String description, List<String> months, List<Series> series) {
        int height = 190;
        double left = 34;
        double right = WIDTH - 10;
        double top = 10;
        double bottom = height - 44;
        int highest = series.stream().flatMapToInt(s -> Arrays.stream(s.values())).max().orElse(0);
        // A multiple of the four grid steps, so every tick is a whole, distinct number.
        int max = Math.max(4, (highest + 3) / 4 * 4);
        StringBuilder svg = open(id, title, description, height);
        for (int tick = 0; tick <= 4; tick++) {
            double y = bottom - (bottom - top) * tick / 4;
            svg.append("<line x1=\"").append(Svg.n(left)).append("\" x2=\"").append(Svg.n(right)).append("\" y1=\"")
                    .append(Svg.n(y)).append("\" y2=\"").append(Svg.n(y)).append("\" stroke=\"").append(GRID)
                    .append("\"/><text x=\"").append(Svg.n(left - 4)).append("\" y=\"").append(Svg.n(y + 4))
                    .append("\" text-anchor=\"end\" fill=\"").append(INK).append("\">")
                    .append(max / 4 * tick).append("</text>");
        }
        int count = months.size();
        double step = count <= 1 ? 0 : (right - left) / (count - 1);
        int every = Math.max(1, (int) Math.ceil(count / 6.0));
        for (int i = 0; i < count; i += every) {
            svg.append("<text x=\"").append(Svg.n(left + step * i)).append("\" y=\"").append(Svg.n(bottom + 14))
                    .append("\" text-anchor=\"middle\" fill=\"").append(INK).append("\">")
                    .append(Svg.text(months.get(i))).append("</text>");
        }
        String[] colours = {BAR, SECOND};
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            String colour = colours[s % colours.length];
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < line.values().length; i++) {
                double x = count <= 1 ? (left + right) / 2 : left + step * i;
                double y = bottom - (bottom - top) * line.values()[i] / max;
                points.append(i == 0 ? "" : " ").append(Svg.n(x)).append(',').append(Svg.n(y));
            }
            svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
                    .append(s == 1 ? " stroke-dasharray=\"5 3\"" : "").append(" points=\"").append(points)
                    .append("\"/>");
            double legendX = left + s * 150;
            svg.append("<line x1=\"").append(Svg.n(legendX)).append("\" x2=\"").append(Svg.n(legendX + 18))
                    .append("\" y1=\"").append(height - 10).append("\" y2=\"").append(height - 10)
                    .append("\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
                    .append(s == 1 ? " stroke-dasharray=\"5 3\"" : "").append("/><text x=\"")
                    .append(Svg.n(legendX + 22)).append("\" y=\"").append(height - 6).append("\" fill=\"")
                    .append(INK).append("\">").append(Svg.text(Svg.shorten(line.name(), 24))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static String funnel(String id, String title, String description, List<Bar> steps) {
        int height = Math.max(1, steps.size()) * 30 + 6;
        double max = Math.max(1, steps.stream().mapToInt(Bar::value).max().orElse(1));
        double area = WIDTH - 8;
        StringBuilder svg = open(id, title, description, height);
        for (int i = 0; i < steps.size(); i++) {
            Bar step = steps.get(i);
            double width = Math.max(step.value() > 0 ? 2 : 0, area * step.value() / max);
            double y = 4 + i * 30;
            svg.append("<rect x=\"").append(Svg.n((WIDTH - width) / 2)).append("\" y=\"").append(Svg.n(y))
                    .append("\" width=\"").append(Svg.n(width)).append("\" height=\"26\" fill=\"").append(BAR)
                    .append("\" fill-opacity=\"").append(Svg.n(1 - i * 0.15)).append("\"/>")
                    .append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(Svg.n(y + 17))
                    .append("\" text-anchor=\"middle\" fill=\"").append(INK)
                    .append("\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\">")
                    .append(Svg.text(Svg.shorten(step.label(), 34))).append(": ").append(step.value())
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String description, int height) {
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"").append(Svg.text(id))
                .append("-title ").append(Svg.text(id)).append("-desc\" ").append(FONT).append('>')
                .append("<title id=\"").append(Svg.text(id)).append("-title\">").append(Svg.text(title))
                .append("</title><desc id=\"").append(Svg.text(id)).append("-desc\">").append(Svg.text(description))
                .append("</desc>");
        return svg;
    }
}
