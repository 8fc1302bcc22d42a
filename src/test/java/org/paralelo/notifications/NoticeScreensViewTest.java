package org.paralelo.notifications;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.paralelo.community.MessageSent;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The bell in the header counts up while the page is open, and the list opens a notice where it points. */
class NoticeScreensViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired NoticeService notices;

    @Test
    void the_bell_rises_without_a_reload_and_the_list_leads_to_the_conversation() {
        String recipient = People.uniqueUsername("campana");
        PersonId recipientId = People.create(accounts, recipient, Role.LEARNER);
        PersonId sender = People.create(accounts, People.uniqueUsername("toca"), Role.LEARNER);
        signIn(recipient, "LEARNER");
        UI.getCurrent().navigate("avisos");
        Span count = (Span) _get(Button.class, spec -> spec.withId("notice-bell")).getChildren()
                .filter(Span.class::isInstance).findFirst().orElseThrow();
        assertThat(count.isVisible()).isFalse();

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new MessageSent(
                9_400_001L, 601L, sender, "Toca Campana", recipientId, "¿Ya viste el programa?", Instant.now())));
        MockVaadin.clientRoundtrip(false);
        assertThat(count.getText()).isEqualTo("1");
        assertThat(_get(Button.class, spec -> spec.withId("notice-bell")).getAriaLabel()).contains("Avisos: 1 sin leer");

        UI.getCurrent().navigate("avisos");
        @SuppressWarnings("unchecked")
        Grid<NoticeView> grid = _get(Grid.class, spec -> spec.withId("notices-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        grid.select(GridKt._get(grid, 0));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("red/mensajes/601");
        MockVaadin.clientRoundtrip(false);
        assertThat(count.isVisible()).isFalse();
    }

    @Test
    void mark_all_read_empties_the_bell() {
        String recipient = People.uniqueUsername("todo-leido");
        PersonId recipientId = People.create(accounts, recipient, Role.LEARNER);
        PersonId sender = People.create(accounts, People.uniqueUsername("muchos"), Role.LEARNER);
        for (long i = 1; i <= 3; i++) {
            long id = 9_500_000L + i;
            new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new MessageSent(
                    id, 602L, sender, "Muchos", recipientId, "Mensaje", Instant.now())));
        }
        assertThat(As.user(recipient, new String[] {"LEARNER"}, notices::myUnreadCount)).isEqualTo(3);
        signIn(recipient, "LEARNER");
        UI.getCurrent().navigate("avisos");
        Span count = _get(Span.class, spec -> spec.withId("notice-count"));
        assertThat(count.getText()).isEqualTo("3");
        _click(_get(Button.class, spec -> spec.withId("notices-all-read")));
        MockVaadin.clientRoundtrip(false);
        assertThat(count.isVisible()).isFalse();
    }
}
