package org.paralelo.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ParaleloSpringTest
@Tag("persistence")
class TopicServiceTest {

    @Autowired
    TopicService topics;

    @Test
    void the_five_programme_topics_are_seeded_in_spanish_and_english() {
        assertThat(As.user("alguien", new String[] {"LEARNER"}, () -> topics.list()))
                .extracting(TopicView::code).contains("gestion-empresarial", "mercadotecnia",
                        "habilidades-organizativas", "asuntos-juridicos", "politica-cultural");
        TopicView legal = As.user("alguien", new String[] {"LEARNER"}, () -> topics.list()).stream()
                .filter(t -> t.code().equals("asuntos-juridicos")).findFirst().orElseThrow();
        assertThat(legal.name(Locale.ENGLISH)).isEqualTo("Legal matters");
        assertThat(legal.name(Locale.forLanguageTag("es-MX"))).isEqualTo("Asuntos jurídicos");
    }

    @Test
    void an_admin_adds_a_topic_whose_code_is_an_accent_free_slug_and_duplicates_are_refused() {
        String name = "Economía creativa " + People.uniqueUsername("t");
        TopicView created = As.admin(() -> topics.create(name, "Creative economy"));
        assertThat(created.code()).startsWith("economia-creativa-");
        assertThatThrownBy(() -> As.admin(() -> topics.create(name.toUpperCase(), "Again")))
                .isInstanceOf(InvalidInputException.class).hasMessage("error.topic.exists");
    }

    @Test
    void trainers_cannot_edit_the_taxonomy() {
        assertThatThrownBy(() -> As.user("formador", new String[] {"TRAINER"}, () -> topics.create("X", "X")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
