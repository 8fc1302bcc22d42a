package org.paralelo.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyPressEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/** The header field on every page leads to the results; hits, snippets, facets and the empty state. */
class SearchViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    String learner;

    @BeforeEach
    void aLearner() {
        learner = People.uniqueUsername("lectora-busca");
        People.create(accounts, learner, Role.LEARNER);
        signIn(learner, "LEARNER");
    }

    @Test
    void the_header_field_leads_to_highlighted_results_of_the_welcome_course() {
        UI.getCurrent().navigate("mis-cursos");
        TextField header = _get(TextField.class, spec -> spec.withId("header-search"));
        header.setValue("plataforma");
        ComponentUtil.fireEvent(header, new KeyPressEvent(header, Key.ENTER.getKeys().getFirst()));

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("buscar");
        assertThat(_get(TextField.class, spec -> spec.withId("search-query")).getValue()).isEqualTo("plataforma");
        assertThat(_find(Html.class)).anySatisfy(html -> assertThat(html.getInnerHtml()).contains("<mark>"));
        assertThat(_find(Anchor.class)).anySatisfy(a -> assertThat(a.getHref()).startsWith("cursos/"));
        assertThat(_find(Anchor.class)).anySatisfy(a -> assertThat(a.getHref()).contains("tipo=lesson"));
    }

    @Test
    void a_typo_shows_the_corrected_results_with_a_link_to_the_exact_words_which_then_get_a_suggestion() {
        UI.getCurrent().navigate("buscar", com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("q", "plataformma")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-showing-for")).getText())
                .contains("Mostrando resultados para «plataforma»");
        Anchor exact = _get(Anchor.class, spec -> spec.withId("search-exact"));
        assertThat(exact.getHref()).contains("q=plataformma").contains("exacto=1");
        assertThat(_find(Html.class)).anySatisfy(html -> assertThat(html.getInnerHtml()).contains("<mark>"));

        UI.getCurrent().navigate("buscar", com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("q", "plataformma", "exacto", "1")));
        assertThat(_find(Paragraph.class, spec -> spec.withId("search-showing-for"))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("search-suggestion")).getText()).isEqualTo("plataforma");
    }

    @Test
    void nothing_found_shows_tips_instead_of_an_error() {
        UI.getCurrent().navigate("buscar", com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("q", "\"(([]zzqqxx")));
        assertThat(_find(Paragraph.class)).anySatisfy(p -> assertThat(p.getText()).contains(": 0"));
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class)).isNotEmpty();
    }

    @Test
    void a_course_without_attachments_says_so_on_its_extraction_status_page() {
        signIn("admin", "ADMIN");
        UI.getCurrent().navigate("busqueda/adjuntos/1");
        assertThat(_find(Paragraph.class)).anySatisfy(p -> assertThat(p.getText()).contains("adjuntos"));
    }

    @Test
    void admins_see_the_synonym_list_and_the_rebuild_action() {
        signIn("admin", "ADMIN");
        UI.getCurrent().navigate("admin/busqueda");
        assertThat(_get(TextArea.class, spec -> spec.withId("synonyms")).getValue()).contains("mercadotecnia, marketing");
    }
}
