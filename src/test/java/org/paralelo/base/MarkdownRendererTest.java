package org.paralelo.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jsoup.Jsoup;
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
    void images_from_the_media_store_load_lazily() {
        assertThat(renderer.toSafeHtml("![Taller](media/12/taller.jpg)"))
                .contains("<img src=\"media/12/taller.jpg\"", "loading=\"lazy\"");
    }

    @Test
    void an_image_from_another_site_loads_nothing_until_clicked_and_then_sends_no_referrer() {
        String html = renderer.toSafeHtml("Mira: ![Taller en Oaxaca](https://espia.example/pixel.png?r=1)\n\n"
                + "![](http://espia.example:8080/otro.gif)");

        assertThat(html).doesNotContain("<img");
        assertThat(Jsoup.parseBodyFragment(html).select("a.remote-image")).hasSize(2).allSatisfy(link -> {
            assertThat(link.attr("referrerpolicy")).isEqualTo("no-referrer");
            assertThat(link.attr("rel")).contains("noreferrer", "noopener");
            assertThat(link.attr("target")).isEqualTo("_blank");
        }).extracting(org.jsoup.nodes.Element::text)
                .containsExactly("Taller en Oaxaca (espia.example)", "espia.example");
    }
}
