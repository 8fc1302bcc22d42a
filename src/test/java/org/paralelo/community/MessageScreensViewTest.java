package org.paralelo.community;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.paralelo.community.MessageServiceTest.as;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.community.Members.Member;
import org.paralelo.people.AccountService;
import org.paralelo.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Writing from a member's page, the conversation list with unread counts, answering, blocking. */
class MessageScreensViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired NetworkProfileService profiles;
    @Autowired MessageService messages;
    Members members;

    @BeforeEach
    void fixture() {
        members = new Members(accounts, profiles);
    }

    @Test
    void a_member_writes_from_a_profile_and_the_other_reads_and_answers_in_the_conversation() {
        Member ana = members.published("escribe", "OAX", "ARTISAN", "CRAFTS", null);
        Member luis = members.published("responde", "JAL", "ARTISAN", "MUSIC", null);
        signIn(ana.username(), ana.roles());
        UI.getCurrent().navigate(NetworkPaths.member(luis.id()));
        _click(_get(Button.class, spec -> spec.withId("write-to-member")));
        _setValue(_get(TextArea.class, spec -> spec.withId("first-message")), "Hola Luis\n¿Tienes el programa?");
        _click(_get(Button.class, spec -> spec.withId("send-first-message")));
        assertThat(_find(Div.class, spec -> spec.withClasses("user-text"))).extracting(Div::getText)
                .containsExactly("Hola Luis\n¿Tienes el programa?");

        signIn(luis.username(), luis.roles());
        UI.getCurrent().navigate(NetworkPaths.MESSAGES);
        @SuppressWarnings("unchecked")
        Grid<ConversationSummary> grid = _get(Grid.class, spec -> spec.withId("conversations-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(as(luis, messages::myUnreadCount)).isEqualTo(1);
        long conversation = as(luis, () -> messages.myConversations(0, 5)).getFirst().id();
        UI.getCurrent().navigate(NetworkPaths.conversation(conversation));
        assertThat(as(luis, messages::myUnreadCount)).as("opening it reads it").isZero();
        _setValue(_get(TextArea.class, spec -> spec.withId("message-body")), "Sí, te lo mando.");
        _click(_get(Button.class, spec -> spec.withId("send-message")));
        assertThat(_find(Div.class, spec -> spec.withClasses("user-text"))).extracting(Div::getText)
                .containsExactly("Hola Luis\n¿Tienes el programa?", "Sí, te lo mando.");
        assertThat(as(ana, messages::myUnreadCount)).isEqualTo(1);
    }

    @Test
    void blocking_asks_first_then_closes_the_conversation_and_lists_the_person_to_unblock() {
        Member ana = members.published("harta", "OAX", "ARTISAN", "CRAFTS", null);
        Member pedro = members.published("pesado", "OAX", "ARTISAN", "CRAFTS", null);
        long conversation = as(pedro, () -> messages.write(ana.id(), "Hola otra vez"));
        signIn(ana.username(), ana.roles());
        UI.getCurrent().navigate(NetworkPaths.conversation(conversation));
        _click(_get(Button.class, spec -> spec.withId("block-person")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Paragraph.class, spec -> spec.withId("conversation-closed")).getText())
                .startsWith("Bloqueaste a esta persona");
        _assertNone(TextArea.class, spec -> spec.withId("message-body"));

        UI.getCurrent().navigate(NetworkPaths.MESSAGES);
        _click(_get(Button.class, spec -> spec.withId("unblock-" + pedro.id().value())));
        assertThat(as(ana, () -> messages.canWriteTo(pedro.id()))).isTrue();
    }

    @Test
    void someone_elses_conversation_is_not_found() {
        Member ana = members.published("privada", "OAX", "ARTISAN", "CRAFTS", null);
        Member luis = members.published("privado", "OAX", "ARTISAN", "CRAFTS", null);
        Member eve = members.published("fisgona", "OAX", "ARTISAN", "CRAFTS", null);
        long conversation = as(ana, () -> messages.write(luis.id(), "Solo para ti"));
        signIn(eve.username(), eve.roles());
        UI.getCurrent().navigate(NetworkPaths.conversation(conversation));
        assertThat(_get(Paragraph.class, spec -> spec.withId("conversation-not-found")).getText())
                .isEqualTo("Esta conversación no existe o no es tuya.");
        _assertNone(Div.class, spec -> spec.withText("Solo para ti"));
    }
}
