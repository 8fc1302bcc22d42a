package org.paralelo.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void headings_tables_and_links_survive_rendering() {
        String html = renderer.toSafeHtml("""
                ## Flujo de caja

                | Mes | Ingresos |
                |-----|---------:|
                | Enero | $12,000 |

                Ver [la guía](https://ejemplo.mx/guia) y [la plantilla](media/plantilla.pdf).
                """);

        assertThat(html).contains("<h2>Flujo de caja</h2>", "<table>", "<td align=\"right\">$12,000</td>",
                "href=\"https://ejemplo.mx/guia\"", "href=\"media/plantilla.pdf\"", "rel=\"noopener noreferrer nofollow\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[clic](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<svg onload=alert(1)>",
            "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "[x](JaVaScRiPt:alert(1))",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
    })
    void nothing_executable_survives(String hostile) {
        Document rendered = Jsoup.parseBodyFragment(renderer.toSafeHtml(hostile));
        assertThat(rendered.select("script, iframe, object, embed, svg, style, form")).isEmpty();
        for (Element element : rendered.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue().toLowerCase().replaceAll("\\s", "");
                assertThat(attribute.getKey()).as("attribute on <%s>", element.tagName())
                        .doesNotStartWith("on").isNotEqualTo("style");
                assertThat(value).as("%s of <%s>", attribute.getKey(), element.tagName())
                        .doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
            }
        }
    }

    @Test
    void images_load_lazily() {
        assertThat(renderer.toSafeHtml("![Taller](https://ejemplo.mx/taller.jpg)")).contains("loading=\"lazy\"");
    }
}
