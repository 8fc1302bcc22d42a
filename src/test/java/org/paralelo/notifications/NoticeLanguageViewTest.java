package org.paralelo.notifications;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The list of notices writes a session's date, time and place on the wait list in the screen's language. */
class NoticeLanguageViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired NoticeWriter writer;
    @Autowired NoticeTexts texts;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void the_list_shows_a_notice_written_in_spanish_in_english_after_the_switch_and_hostile_titles_as_text() {
        String reader = People.uniqueUsername("lista-idioma");
        PersonId id = People.create(accounts, reader, Role.LEARNER);
        NoticeFacts facts = NoticeFacts.session(NoticeLanguageTest.THURSDAY_SIX_PM, NoticeLanguageTest.VENUE)
                .withPlace(3);
        String title = "<img src=x onerror=alert(1)>";
        new TransactionTemplate(transactions).executeWithoutResult(status -> writer.write(List.of(id),
                new NoticeWriter.Notice(NoticeKind.MOVED_TO_WAIT_LIST, "test:view:" + id.value(), "", title,
                        texts.excerpt(NoticeKind.MOVED_TO_WAIT_LIST, "", facts.encode(), Languages.SPANISH),
                        "mi-agenda", facts)));
        signIn(reader, "LEARNER");

        assertThat(row()).contains("Pasaste a la lista de espera de la sesión «",
                "Lugar 3 en la lista de espera · jueves 5 de marzo de 2026, 18:00", NoticeLanguageTest.VENUE);

        assertThat(headline()).as("a property bound as text: Lit shows it, never parses it")
                .isEqualTo("Pasaste a la lista de espera de la sesión «" + title + "»");

        useLanguage(Languages.ENGLISH);
        assertThat(row()).contains("You were moved to the wait list of the session “",
                "Place 3 on the wait list · Thursday, March 5, 2026, 6:00 PM", NoticeLanguageTest.VENUE)
                .doesNotContain("Lugar", "jueves");
        assertThat(headline()).isEqualTo("You were moved to the wait list of the session “" + title + "”");

        useLanguage(Languages.SPANISH);
        assertThat(row()).contains("Lugar 3 en la lista de espera · jueves 5 de marzo de 2026").doesNotContain("Place");
    }

    @SuppressWarnings("unchecked")
    private String headline() {
        Grid<NoticeView> grid = _get(Grid.class, spec -> spec.withId("notices-grid"));
        LitRenderer<NoticeView> renderer = (LitRenderer<NoticeView>) grid.getColumns().getFirst().getRenderer();
        return (String) renderer.getValueProviders().get("headline").apply(GridKt._get(grid, 0));
    }

    private String row() {
        // Away and back, so the list is built anew in the screen's language of the moment.
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("avisos");
        @SuppressWarnings("unchecked")
        Grid<NoticeView> grid = _get(Grid.class, spec -> spec.withId("notices-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        return GridKt._getFormattedRow(grid, 0).toString();
    }
}
