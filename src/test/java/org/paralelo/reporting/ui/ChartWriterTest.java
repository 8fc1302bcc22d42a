package org.paralelo.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.paralelo.support.HtmlSafety;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class ChartWriterTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<ChartWriter.Bar> bars(int count, String label) {
        return IntStream.range(0, count).mapToObj(i -> new ChartWriter.Bar(label + " " + i, i * 7, 415,
                "informes?region=" + i)).toList();
    }

    @Test
    void a_bar_chart_is_well_formed_svg_with_a_title_a_description_and_links_to_drill_down() throws Exception {
        String svg = ChartWriter.bars("avance", "Avance hacia la meta", "Dos regiones", bars(2, "Sureste"));

        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Avance hacia la meta");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("Dos regiones");
        assertThat(doc.getElementsByTagName("a").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(2);
        assertThat(svg).contains("7/415");
    }

    @Test
    void a_bar_chart_of_hundreds_of_municipalities_with_long_names_stays_under_30_kb_and_draws_at_most_40_bars()
            throws Exception {
        String longName = "Heroica Ciudad de Juchitán de Zaragoza y sus agencias municipales";

        String svg = ChartWriter.bars("municipios", "Por municipio", "570 municipios", bars(570, longName));

        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(30 * 1024);
        assertThat(parse(svg).getElementsByTagName("rect").getLength()).isEqualTo(ChartWriter.MAX_BARS);
    }

    @Test
    void a_line_over_ten_years_of_months_stays_under_30_kb() throws Exception {
        List<String> months = new ArrayList<>();
        int[] enrolled = new int[120];
        int[] completed = new int[120];
        for (int i = 0; i < 120; i++) {
            months.add((2020 + i / 12) + "-" + String.format("%02d", i % 12 + 1));
            enrolled[i] = i * 13 % 400;
            completed[i] = i * 7 % 200;
        }

        String svg = ChartWriter.line("actividad", "Actividad", "Inscripciones y cursos concluidos por mes", months,
                List.of(new ChartWriter.Series("Inscripciones", enrolled),
                        new ChartWriter.Series("Concluidos", completed)));

        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(30 * 1024);
        assertThat(parse(svg).getElementsByTagName("polyline").getLength()).isEqualTo(2);
    }

    @Test
    void an_empty_period_draws_empty_charts_without_dividing_by_zero() throws Exception {
        parse(ChartWriter.bars("vacio", "Sin datos", "Nada", List.of()));
        parse(ChartWriter.line("vacio2", "Sin datos", "Nada", List.of("2027-01"),
                List.of(new ChartWriter.Series("Inscripciones", new int[] {0}))));
        String funnel = ChartWriter.funnel("embudo", "Embudo", "Nada", List.of(new ChartWriter.Bar("Alcanzadas", 0,
                null, null)));
        assertThat(funnel).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void hostile_labels_stay_text_in_the_svg_and_in_the_data_table() throws Exception {
        for (String payload : HtmlSafety.payloads()) {
            List<ChartWriter.Bar> hostile = List.of(new ChartWriter.Bar(payload, 3, null, "informes?m=" + payload));
            String svg = ChartWriter.bars("x", payload, payload, hostile);
            Document doc = parse(svg);
            assertThat(doc.getElementsByTagName("script").getLength()).as(payload).isZero();
            assertThat(doc.getElementsByTagName("foreignObject").getLength()).as(payload).isZero();
            NodeList all = doc.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                NamedNodeMap attributes = all.item(i).getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    Node attribute = attributes.item(a);
                    assertThat(attribute.getNodeName().toLowerCase()).as(payload).doesNotStartWith("on");
                    assertThat(attribute.getNodeValue().toLowerCase().strip()).as(payload)
                            .doesNotStartWith("javascript:");
                }
            }
            // The picture is ours (the corpus treats every svg as dangerous); the caption and the table must be inert.
            Chart chart = new Chart("x", payload, payload, "", List.of(payload, "n"), List.of(List.of(payload, "3")));
            HtmlSafety.assertInert(chart.html(payload), "chart with " + payload);
        }
    }

    @Test
    void the_data_table_holds_every_row_even_beyond_the_bars_drawn() {
        List<List<String>> rows = IntStream.range(0, 100).mapToObj(i -> List.of("Municipio " + i, "" + i)).toList();
        Chart chart = new Chart("m", "Por municipio", "Cien municipios", "<svg/>", List.of("Municipio", "Alcanzadas"),
                rows);

        String html = chart.html("Ver los datos");

        assertThat(html).contains("<summary>Ver los datos</summary>").contains("Municipio 99")
                .contains("<th scope=\"col\">Alcanzadas</th>");
    }

    @Test
    void the_map_of_mexico_shades_all_32_states_by_people_reached_under_30_kb() throws Exception {
        String svg = MexicoMap.svg("mapa", "Personas alcanzadas por estado", "Oaxaca la que más",
                Map.of("OAX", 120, "PUE", 30, "SON", 1), code -> "Estado " + code,
                code -> "informes?region=1&estado=" + code, "Menos", "Más");

        Document doc = parse(svg);
        assertThat(MexicoMap.states()).hasSize(32).contains("OAX", "CMX", "YUC");
        assertThat(doc.getElementsByTagName("path").getLength()).isEqualTo(32);
        assertThat(doc.getElementsByTagName("a").getLength()).isEqualTo(32);
        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(30 * 1024);
        assertThat(svg).contains("#16488f\" stroke=\"#fff\" stroke-width=\"1\"><title>Estado OAX: 120</title>")
                .contains("<title>Estado CMX: 0</title>");
    }
}
