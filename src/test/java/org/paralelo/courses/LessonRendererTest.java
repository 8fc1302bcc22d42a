package org.paralelo.courses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paralelo.base.MarkdownRenderer;

class LessonRendererTest {

    private final LessonRenderer renderer = new LessonRenderer(new MarkdownRenderer());

    @Test
    void a_video_address_pasted_alone_on_its_line_becomes_a_card_without_a_player() {
        String html = renderer.render("Antes\n\nhttps://www.youtube.com/watch?v=aqz-KE-bpKQ\n\nDespués");

        assertThat(html).contains("class=\"video-card\"", "data-provider=\"youtube\"", "data-video=\"aqz-KE-bpKQ\"",
                "class=\"video-play\"", "<p>Antes</p>", "<p>Después</p>");
        assertThat(html).doesNotContain("<iframe", "<p>https://");
    }

    @Test
    void a_link_alone_in_its_paragraph_becomes_a_card_labelled_with_its_text() {
        String html = renderer.render("[Entrevista con la directora](https://vimeo.com/76979871)");

        assertThat(html).contains("data-provider=\"vimeo\"", "data-video=\"76979871\"",
                "▶ Entrevista con la directora");
    }

    @Test
    void other_addresses_and_addresses_inside_sentences_stay_text() {
        assertThat(renderer.render("https://ejemplo.mx/guia").strip()).isEqualTo("<p>https://ejemplo.mx/guia</p>");
        assertThat(renderer.render("Mira https://www.youtube.com/watch?v=aqz-KE-bpKQ hoy"))
                .doesNotContain("video-card");
        assertThat(renderer.render("https://www.youtube.com/watch?v=abcdefghijk\"><script>alert(1)</script>"))
                .doesNotContain("video-card", "<script");
    }
}
