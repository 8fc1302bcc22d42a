package org.paralelo.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.community.Members.Member;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** One-to-one conversations: who may write, unread counts, blocks, limits and the event for notifications. */
@ParaleloSpringTest
@Tag("persistence")
@RecordApplicationEvents
class MessageServiceTest {

    @Autowired AccountService accounts;
    @Autowired NetworkProfileService profiles;
    @Autowired MessageService messages;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;
    Members members;

    @BeforeEach
    void fixture() {
        members = new Members(accounts, profiles);
    }

    @Test
    void two_public_members_talk_and_each_sees_what_they_have_not_read() {
        Member ana = members.published("ana", "OAX", "ARTISAN", "CRAFTS", null);
        Member luis = members.published("luis", "JAL", "ARTISAN", "MUSIC", null);
        long conversation = as(ana, () -> messages.write(luis.id(), "  Hola, Luis: ¿cómo organizan su festival?  "));
        as(ana, () -> messages.send(conversation, "Te paso también el reglamento."));
        assertThat(as(luis, messages::myUnreadCount)).isEqualTo(2);
        assertThat(as(ana, messages::myUnreadCount)).as("my own messages are read").isZero();
        List<ConversationSummary> luisList = as(luis, () -> messages.myConversations(0, 20));
        assertThat(luisList).singleElement().satisfies(c -> {
            assertThat(c.other().id()).isEqualTo(ana.id());
            assertThat(c.unread()).isEqualTo(2);
            assertThat(c.lastExcerpt()).isEqualTo("Te paso también el reglamento.");
        });
        assertThat(as(luis, () -> messages.messages(conversation, Long.MAX_VALUE, 50)))
                .extracting(MessageView::body)
                .containsExactly("Hola, Luis: ¿cómo organizan su festival?", "Te paso también el reglamento.");
        as(luis, () -> messages.markRead(conversation));
        assertThat(as(luis, messages::myUnreadCount)).isZero();
        long again = as(luis, () -> messages.write(ana.id(), "¡Claro! Te cuento."));
        assertThat(again).as("one conversation per pair, whoever writes").isEqualTo(conversation);
        assertThat(events.stream(MessageSent.class).filter(e -> e.conversationId() == conversation))
                .extracting(MessageSent::recipient).containsExactly(luis.id(), luis.id(), ana.id());
    }

    @Test
    void a_member_cannot_start_a_conversation_with_a_hidden_member_nor_while_hidden() {
        Member hidden = members.hidden("oculta", "OAX", "ARTISAN", "CRAFTS");
        Member open = members.published("abierta", "OAX", "ARTISAN", "CRAFTS", null);
        assertThat(as(open, () -> messages.canWriteTo(hidden.id()))).isFalse();
        assertThatThrownBy(() -> as(open, () -> messages.write(hidden.id(), "Hola")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("network.error.cannot-write");
        assertThatThrownBy(() -> as(hidden, () -> messages.write(open.id(), "Hola")))
                .as("a hidden member writes to nobody first").isInstanceOf(UserFacingException.class);
        assertThat(as(open, () -> messages.myConversations(0, 20))).isEmpty();
    }

    @Test
    void a_trainer_may_write_to_a_hidden_learner_who_may_then_answer() {
        Member trainer = members.trainer("formadora");
        Member learner = members.hidden("alumno", "YUC", "ARTISAN", "GASTRONOMY");
        long conversation = as(trainer, () -> messages.write(learner.id(), "¿Pudiste entrar a la sesión?"));
        as(learner, () -> messages.send(conversation, "Sí, gracias."));
        assertThat(as(trainer, messages::myUnreadCount)).isEqualTo(1);
        assertThat(as(learner, () -> messages.conversation(conversation)).other().publicProfile())
                .as("the trainer's page is not offered: her profile is not public").isFalse();
    }

    @Test
    void a_block_stops_messages_both_ways_until_it_is_lifted() {
        Member ana = members.published("bloquea", "OAX", "ARTISAN", "CRAFTS", null);
        Member pedro = members.published("insiste", "OAX", "ARTISAN", "CRAFTS", null);
        long conversation = as(pedro, () -> messages.write(ana.id(), "Hola"));
        as(ana, () -> messages.block(pedro.id()));
        as(ana, () -> messages.block(pedro.id()));
        assertThatThrownBy(() -> as(pedro, () -> messages.send(conversation, "¿Sigues ahí?")))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> as(pedro, () -> messages.write(ana.id(), "¿Sigues ahí?")))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> as(ana, () -> messages.send(conversation, "Adiós")))
                .as("the blocker does not write to the blocked either").isInstanceOf(UserFacingException.class);
        assertThat(as(pedro, () -> messages.canWriteTo(ana.id()))).isFalse();
        assertThat(as(ana, () -> messages.conversation(conversation)).iBlocked()).isTrue();
        assertThat(as(pedro, () -> messages.conversation(conversation)).iBlocked())
                .as("the blocked person is not told who blocked").isFalse();
        assertThat(as(ana, messages::myBlocks)).extracting(p -> p.id()).containsExactly(pedro.id());
        as(ana, () -> messages.unblock(pedro.id()));
        as(pedro, () -> messages.send(conversation, "¿Sigues ahí?"));
        assertThat(as(ana, messages::myUnreadCount)).isEqualTo(2);
    }

    @Test
    void sending_is_limited_per_ten_minutes_and_the_limit_lifts_with_time() {
        Member ana = members.published("prisa", "OAX", "ARTISAN", "CRAFTS", null);
        Member luis = members.published("paciente", "OAX", "ARTISAN", "CRAFTS", null);
        long conversation = as(ana, () -> messages.write(luis.id(), "1"));
        for (int i = 2; i <= MessageLimits.PER_BURST; i++) {
            String text = Integer.toString(i);
            as(ana, () -> messages.send(conversation, text));
        }
        assertThatThrownBy(() -> as(ana, () -> messages.send(conversation, "uno más")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("too-many-messages");
        assertThat(as(luis, messages::myUnreadCount)).isEqualTo(MessageLimits.PER_BURST);
        clock.advance(MessageLimits.BURST.plus(Duration.ofSeconds(1)));
        as(ana, () -> messages.send(conversation, "ya puedo"));
        assertThat(as(luis, messages::myUnreadCount)).isEqualTo(MessageLimits.PER_BURST + 1);
    }

    @Test
    void empty_huge_and_self_addressed_messages_are_refused_and_nothing_is_stored() {
        Member ana = members.published("vacia", "OAX", "ARTISAN", "CRAFTS", null);
        Member luis = members.published("receptor", "OAX", "ARTISAN", "CRAFTS", null);
        assertThatThrownBy(() -> as(ana, () -> messages.write(luis.id(), "   ")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(ana, () -> messages.write(luis.id(), "x".repeat(4001))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(ana, () -> messages.write(ana.id(), "Hola yo")))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> as(ana, () -> messages.block(ana.id()))).isInstanceOf(UserFacingException.class);
        assertThat(as(ana, () -> messages.myConversations(0, 20))).isEmpty();
        assertThat(as(luis, messages::myUnreadCount)).isZero();
        long conversation = as(ana, () -> messages.write(luis.id(), "x".repeat(4000)));
        assertThat(as(luis, () -> messages.messages(conversation, Long.MAX_VALUE, 10)).getFirst().body())
                .hasSize(4000);
    }

    @Test
    void older_messages_come_page_by_page_oldest_first() {
        Member ana = members.trainer("paginas");
        Member luis = members.hidden("lector", "OAX", "ARTISAN", "CRAFTS");
        long conversation = as(ana, () -> messages.write(luis.id(), "m1"));
        for (int i = 2; i <= 7; i++) {
            String text = "m" + i;
            as(ana, () -> messages.send(conversation, text));
        }
        List<MessageView> newest = as(luis, () -> messages.messages(conversation, Long.MAX_VALUE, 3));
        assertThat(newest).extracting(MessageView::body).containsExactly("m5", "m6", "m7");
        assertThat(as(luis, () -> messages.messages(conversation, newest.getFirst().id(), 3)))
                .extracting(MessageView::body).containsExactly("m2", "m3", "m4");
    }

    static <T> T as(Member member, Callable<T> work) {
        return As.user(member.username(), member.roles(), () -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static void as(Member member, Runnable work) {
        As.user(member.username(), member.roles(), work);
    }
}
