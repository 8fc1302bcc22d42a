package org.paralelo.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paralelo.support.HtmlSafety;

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

    @Test
    void nothing_executable_survives_any_payload_of_the_corpus() {
        List<String> corpus = HtmlSafety.payloads();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(100);
        for (String hostile : corpus) {
            HtmlSafety.assertInert(renderer.toSafeHtml(hostile), hostile);
        }
        HtmlSafety.assertInert(renderer.toSafeHtml(String.join("\n", corpus)), "the whole corpus at once");
    }

    @Test
    void the_safety_check_itself_catches_handlers_scripts_and_javascript_urls() {
        for (String unsafe : new String[] {"<img src=x onerror=alert(1)>", "<script>x()</script>",
                "<a href=\"javascript:alert(1)\">x</a>", "<div style=\"color:red\">x</div>"}) {
            assertThatThrownBy(() -> HtmlSafety.assertInert(unsafe, "test")).isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void images_load_lazily() {
        assertThat(renderer.toSafeHtml("![Taller](https://ejemplo.mx/taller.jpg)")).contains("loading=\"lazy\"");
    }
}
