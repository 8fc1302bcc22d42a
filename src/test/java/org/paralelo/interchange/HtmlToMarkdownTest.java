package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.base.MarkdownRenderer;

/**
 * Imported HTML as Markdown for question texts and as plain text for everything else. One fixture per construct;
 * where it matters, the Markdown is rendered again to show that learners see formatting, not tags.
 */
class HtmlToMarkdownTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    /** What a learner's browser gets for the Markdown, without the renderer's closing line break. */
    private static String rendered(String markdown) {
        return RENDERER.toSafeHtml(markdown).strip();
    }


    private static String md(String html) {
        return HtmlToMarkdown.markdown(html);
    }

    @Nested
    class ToMarkdown {

        @Test
        void paragraphs_are_separated_by_a_blank_line_and_spaces_collapse() {
            assertThat(md("<p>Uno   dos\n tres</p>\n\n<p>Cuatro</p>")).isEqualTo("Uno dos tres\n\nCuatro");
        }

        @Test
        void a_line_break_is_a_hard_break_and_trailing_breaks_are_dropped() {
            assertThat(md("<p>Uno<br>dos<br/></p>")).isEqualTo("Uno\\\ndos");
            assertThat(rendered(md("<p>Uno<br>dos</p>"))).isEqualTo("<p>Uno<br>\ndos</p>");
        }

        @Test
        void bold_and_italics_keep_their_outer_spaces_outside_the_markers() {
            assertThat(md("Un<b> texto </b>y <strong>otro</strong>, <i>este</i> y <em> aquel</em>."))
                    .isEqualTo("Un **texto** y **otro**, *este* y *aquel*.");
            assertThat(rendered(md("<b>Negritas</b> e <i>itálicas</i>")))
                    .isEqualTo("<p><strong>Negritas</strong> e <em>itálicas</em></p>");
        }

        @Test
        void empty_formatting_leaves_nothing_behind() {
            assertThat(md("<p>a<b></b>b<i> </i>c</p>")).isEqualTo("ab c");
        }

        @ParameterizedTest(name = "h{0}")
        @CsvSource({"1,#", "2,##", "3,###", "6,######"})
        void headings_become_atx_headings(int level, String marks) {
            assertThat(md("<h" + level + ">Título <b>fuerte</b></h" + level + "><p>Texto</p>"))
                    .isEqualTo(marks + " Título **fuerte**\n\nTexto");
        }

        @Test
        void bulleted_and_numbered_lists_keep_their_items_and_start_number() {
            assertThat(md("<ul><li>Uno</li><li>Dos</li></ul><ol start=\"3\"><li>Tres</li><li>Cuatro</li></ol>"))
                    .isEqualTo("- Uno\n- Dos\n\n3. Tres\n4. Cuatro");
        }

        @Test
        void nested_lists_are_indented_under_their_item() {
            String markdown = md("<ul><li>Uno<ul><li>Uno A</li><li>Uno B</li></ul></li><li>Dos</li></ul>");
            assertThat(markdown).isEqualTo("- Uno\n  - Uno A\n  - Uno B\n- Dos");
            assertThat(rendered(markdown)).isEqualTo(
                    "<ul>\n<li>Uno\n<ul>\n<li>Uno A</li>\n<li>Uno B</li>\n</ul>\n</li>\n<li>Dos</li>\n</ul>");
        }

        @Test
        void an_item_with_two_paragraphs_keeps_both_inside_the_item() {
            assertThat(md("<ol><li><p>Primero</p><p>Más</p></li><li>Segundo</li></ol>"))
                    .isEqualTo("1. Primero\n\n   Más\n2. Segundo");
        }

        @Test
        void links_keep_their_target_and_unsafe_links_lose_it() {
            assertThat(md("Lee <a href=\"https://example.org/a b(1)\">la <b>guía</b></a>."))
                    .isEqualTo("Lee [la **guía**](https://example.org/a%20b%281%29).");
            assertThat(md("<a href=\"javascript:alert(1)\">clic</a> y <a href=\"mailto:a@b.mx\">correo</a>"))
                    .isEqualTo("clic y [correo](mailto:a@b.mx)");
        }

        @Test
        void images_keep_their_alternative_text() {
            assertThat(md("<p><img src=\"https://example.org/mapa.png\" alt=\"Mapa [región]\"></p>"))
                    .isEqualTo("![Mapa \\[región\\]](https://example.org/mapa.png)");
        }

        @Test
        void inline_code_uses_enough_backticks_and_is_not_escaped() {
            assertThat(md("Usa <code>a*b</code> o <code>x`y</code>")).isEqualTo("Usa `a*b` o ``x`y``");
        }

        @Test
        void preformatted_text_becomes_a_fenced_block_as_it_is() {
            assertThat(md("<pre>linea *1*\n  linea 2</pre><p>Después</p>"))
                    .isEqualTo("```\nlinea *1*\n  linea 2\n```\n\nDespués");
        }

        @Test
        void quotes_are_prefixed_line_by_line() {
            assertThat(md("<blockquote><p>Uno</p><p>Dos</p></blockquote>")).isEqualTo("> Uno\n>\n> Dos");
        }

        @Test
        void a_table_becomes_a_gfm_table_with_its_first_row_as_header() {
            String markdown = md("<table><tr><th>Rubro</th><th>Monto</th></tr><tr><td>Renta | local</td>"
                    + "<td><b>100</b></td></tr><tr><td>Luz</td></tr></table>");
            assertThat(markdown).isEqualTo(
                    "| Rubro | Monto |\n| --- | --- |\n| Renta \\| local | **100** |\n| Luz |  |");
            assertThat(rendered(markdown)).contains("<th>Rubro</th>", "<td>Renta | local</td>",
                    "<td><strong>100</strong></td>");
        }

        @Test
        void formatting_markdown_cannot_show_keeps_its_text() {
            assertThat(md("H<sub>2</sub>O, x<sup>2</sup>, <u>subrayado</u>, <span style=\"color:red\">rojo</span>,"
                    + " <font color=\"red\">viejo</font>")).isEqualTo("H2O, x2, subrayado, rojo, viejo");
        }

        @Test
        void markdown_characters_in_the_text_are_escaped_so_they_show_as_typed() {
            String markdown = md("<p>2 * 3 = 6, snake_case, [nota], &lt;b&gt;, AT&amp;T, a|b, `x`</p>");
            assertThat(markdown).isEqualTo("2 \\* 3 = 6, snake\\_case, \\[nota\\], \\<b\\>, AT\\&T, a\\|b, \\`x\\`");
            assertThat(rendered(markdown))
                    .isEqualTo("<p>2 * 3 = 6, snake_case, [nota], &lt;b&gt;, AT&amp;T, a|b, `x`</p>");
        }

        @Test
        void a_paragraph_that_starts_like_a_heading_list_or_rule_stays_a_paragraph() {
            assertThat(md("<p># uno</p><p>1. dos</p><p>3) tres</p><p>- cuatro</p><p>+ cinco</p><p>---</p>"))
                    .isEqualTo("\\# uno\n\n1\\. dos\n\n3\\) tres\n\n\\- cuatro\n\n\\+ cinco\n\n\\---");
            assertThat(rendered(md("<p>1. dos</p><p>- cuatro</p><p>#1 no</p>")))
                    .isEqualTo("<p>1. dos</p>\n<p>- cuatro</p>\n<p>#1 no</p>");
        }

        @Test
        void scripts_styles_comments_and_handlers_never_reach_the_output() {
            assertThat(md("<p onclick=\"x()\">Hola<!-- nota --></p><script>alert(1)</script>"
                    + "<style>p { color: red }</style><iframe src=\"https://evil.example\"></iframe>"))
                    .isEqualTo("Hola");
        }

        @Test
        void text_outside_any_paragraph_is_a_paragraph_of_its_own() {
            assertThat(md("Antes<p>Dentro</p>después <b>y</b> más")).isEqualTo("Antes\n\nDentro\n\ndespués **y** más");
        }

        @Test
        void empty_or_blank_html_gives_an_empty_text() {
            assertThat(md("")).isEmpty();
            assertThat(md("<p> </p><div><br></div>")).isEmpty();
        }

        @Test
        void deeply_nested_html_is_converted_in_bounded_time() {
            String deep = "<div>".repeat(20_000) + "fondo" + "</div>".repeat(20_000);
            long started = System.nanoTime();
            String markdown = md(deep + "<p>" + "<b>x</b> ".repeat(50_000) + "</p>");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(markdown).startsWith("fondo\n\n**x** **x**");
        }
    }

    @Nested
    class ToPlainText {

        @Test
        void tags_go_and_entities_become_their_characters() {
            assertThat(HtmlToMarkdown.plain("<b>Zapopan</b> &amp; <i>Tonalá</i> &lt;3"))
                    .isEqualTo("Zapopan & Tonalá <3");
        }

        @Test
        void paragraphs_breaks_and_items_become_lines() {
            assertThat(HtmlToMarkdown.plain("<p>Uno</p><p>Dos<br>tres</p><ul><li>a</li><li>b</li></ul>"))
                    .isEqualTo("Uno\n\nDos\ntres\n\n- a\n- b");
        }

        @Test
        void scripts_and_styles_are_dropped_with_their_content() {
            assertThat(HtmlToMarkdown.plain("a<script>alert(1)</script><style>p{}</style>b")).isEqualTo("ab");
        }

        @Test
        void an_image_leaves_its_alternative_text() {
            assertThat(HtmlToMarkdown.plain("Ver <img src=\"https://example.org/m.png\" alt=\"mapa\">"))
                    .isEqualTo("Ver mapa");
        }

        @Test
        void markdown_characters_are_left_alone_in_plain_text() {
            assertThat(HtmlToMarkdown.plain("<p>a*b_c [d]</p>")).isEqualTo("a*b_c [d]");
        }
    }

    @Nested
    class EscapingPlainText {

        @Test
        void special_characters_are_escaped_and_line_breaks_kept() {
            assertThat(HtmlToMarkdown.escapePlain("a*b\n# c\n\n1. d")).isEqualTo("a\\*b\\\n\\# c\n\n1\\. d");
        }
    }
}
