package org.paralelo.reporting.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A choropleth map of Mexico's 32 states as SVG: each state shaded by a number (five shades from the lowest to the
 * highest, grey for none), with its name and number as a tooltip and, where given, a link. The outlines come from
 * {@code @svg-maps/mexico} (Victor Cazanave, CC BY 4.0), simplified; see {@code mexico-states.tsv} and the README.
 */
final class MexicoMap {

    private static final String[] SHADES = {"#dbe7f6", "#a9c6ec", "#6f9fdc", "#3a74c4", "#16488f"};
    private static final String NONE = "#eceff2";
    private static final Map<String, String[]> STATES = load();

    private MexicoMap() {
    }

    /** The state codes known to the map, e.g. {@code OAX}. */
    static Set<String> states() {
        return STATES.keySet();
    }

    /**
     * @param values people per state code (missing = none)
     * @param names  a state code's name in the person's language
     * @param link   a state's drill-down address, or null
     */
    static String svg(String id, String title, String description, Map<String, Integer> values,
                      Function<String, String> names, Function<String, @Nullable String> link, String legendLow,
                      String legendHigh) {
        int max = values.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 793 540\" role=\"img\" aria-labelledby=\"")
                .append(Svg.text(id)).append("-title ").append(Svg.text(id)).append("-desc\" ")
                .append("font-family=\"system-ui,sans-serif\" font-size=\"20\"><title id=\"").append(Svg.text(id))
                .append("-title\">").append(Svg.text(title)).append("</title><desc id=\"").append(Svg.text(id))
                .append("-desc\">").append(Svg.text(description)).append("</desc>");
        for (Map.Entry<String, String[]> state : STATES.entrySet()) {
            String code = state.getKey();
            Integer value = values.get(code);
            String fill = value == null || value == 0 || max == 0 ? NONE
                    : SHADES[Math.min(SHADES.length - 1, (int) (((long) SHADES.length * value - 1) / max))];
            String shape = "<path d=\"" + state.getValue()[1] + "\" fill=\"" + fill
                    + "\" stroke=\"#fff\" stroke-width=\"1\"><title>" + Svg.text(names.apply(code) + ": "
                    + (value == null ? 0 : value)) + "</title></path>";
            String href = link.apply(code);
            svg.append(href == null ? shape : "<a href=\"" + Svg.text(href) + "\">" + shape + "</a>");
        }
        for (int i = 0; i < SHADES.length; i++) {
            svg.append("<rect x=\"").append(20 + i * 36).append("\" y=\"505\" width=\"36\" height=\"14\" fill=\"")
                    .append(SHADES[i]).append("\"/>");
        }
        svg.append("<text x=\"20\" y=\"537\" fill=\"#1f2937\">").append(Svg.text(legendLow)).append("</text>")
                .append("<text x=\"200\" y=\"537\" text-anchor=\"end\" fill=\"#1f2937\">").append(Svg.text(legendHigh))
                .append("</text>");
        return svg.append("</svg>").toString();
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> states = new LinkedHashMap<>();
        try (InputStream in = MexicoMap.class.getResourceAsStream("/org/paralelo/reporting/mexico-states.tsv")) {
            if (in == null) {
                throw new IllegalStateException("mexico-states.tsv is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                states.put(parts[0], new String[] {parts[1], parts[2]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(states);
    }
}
