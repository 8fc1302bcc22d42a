package org.paralelo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks that rendered HTML holds nothing a browser would execute, and loads the hostile-input corpus. */
public final class HtmlSafety {

    private static final String DANGEROUS_ELEMENTS =
            "script, iframe, frame, frameset, object, embed, applet, svg, math, style, link, meta, base, form, "
                    + "input, textarea, select, template, noscript, xmp, plaintext";

    private HtmlSafety() {
    }

    public static void assertInert(String html, String context) {
        Document document = Jsoup.parseBodyFragment(html);
        assertThat(document.select(DANGEROUS_ELEMENTS)).as("dangerous elements from %s", context).isEmpty();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase();
                String value = attribute.getValue().toLowerCase().replaceAll("[\\s\\p{Cntrl}]", "");
                assertThat(name).as("attribute on <%s> from %s", element.tagName(), context)
                        .doesNotStartWith("on").isNotIn("style", "srcdoc", "formaction", "background", "dynsrc",
                                "lowsrc", "poster", "xlink:href");
                assertThat(value).as("%s of <%s> from %s", name, element.tagName(), context)
                        .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
            }
        }
    }

    /** The corpus in src/test/resources/security/xss-payloads.txt: one payload per line. */
    public static List<String> payloads() {
        try (InputStream in = HtmlSafety.class.getResourceAsStream("/security/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# ")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
