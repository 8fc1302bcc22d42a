package org.paralelo.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.UserFacingException;
import org.paralelo.community.MessageSent;
import org.paralelo.community.PostPublished;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.InMexicoCity;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The Network's events become notices for exactly the right people, once, and the bells hear of them. */
@ParaleloSpringTest
@Tag("persistence")
class CommunityNoticesTest {

    static final String[] LEARNER = {"LEARNER"};

    @Autowired AccountService accounts;
    @Autowired NoticeService notices;
    @Autowired NoticeBroadcaster broadcaster;
    @Autowired CommunityNotices listener;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired NoticeWriter writer;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    record Someone(String username, PersonId id) {
    }

    Someone someone(String prefix) {
        String username = People.uniqueUsername(prefix);
        return new Someone(username, People.create(accounts, username, Role.LEARNER));
    }

    @Test
    void a_reply_notifies_followers_and_a_mention_the_mentioned_and_the_author_nobody() {
        Someone author = someone("autora");
        Someone follower = someone("seguidor");
        Someone mentioned = someone("mencionada");
        Someone stranger = someone("ajena");
        publish(new PostPublished(9_000_001L, 77L, "Financiamiento de festivales", author.id(), "Autora Uno",
                "Les comparto la convocatoria…", Set.of(follower.id()), Set.of(mentioned.id()), Instant.now()));

        assertThat(mine(follower)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.REPLY);
            assertThat(n.subject()).isEqualTo("Financiamiento de festivales");
            assertThat(n.link()).isEqualTo("red/temas/77");
            assertThat(n.unread()).isTrue();
        });
        assertThat(mine(mentioned)).extracting(NoticeView::kind).containsExactly(NoticeKind.MENTION);
        assertThat(mine(author)).isEmpty();
        assertThat(mine(stranger)).isEmpty();
    }

    @Test
    void a_replayed_event_writes_no_second_notice() {
        Someone sender = someone("remitente");
        Someone recipient = someone("destinataria");
        MessageSent sent = new MessageSent(9_100_001L, 501L, sender.id(), "Remitente", recipient.id(),
                "¿Nos vemos en la sesión?", Instant.now());
        publish(sent);
        new TransactionTemplate(transactions).executeWithoutResult(status -> listener.on(sent));
        assertThat(mine(recipient)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.MESSAGE);
            assertThat(n.link()).isEqualTo("red/mensajes/501");
            assertThat(n.excerpt()).isEqualTo("¿Nos vemos en la sesión?");
        });
    }

    @Test
    void open_bells_hear_the_new_count_and_reading_brings_it_down() {
        Someone sender = someone("avisa");
        Someone recipient = someone("escucha");
        List<Long> heard = new ArrayList<>();
        Runnable stop = broadcaster.register(recipient.id(), heard::add);
        try {
            publish(new MessageSent(9_200_001L, 502L, sender.id(), "Avisa", recipient.id(), "Uno", Instant.now()));
            publish(new MessageSent(9_200_002L, 502L, sender.id(), "Avisa", recipient.id(), "Dos", Instant.now()));
            assertThat(heard).containsExactly(1L, 2L);
            long first = mine(recipient).getLast().id();
            As.user(recipient.username(), LEARNER, () -> notices.open(first));
            assertThat(heard).containsExactly(1L, 2L, 1L);
            As.user(recipient.username(), LEARNER, () -> notices.markAllRead());
            assertThat(heard).containsExactly(1L, 2L, 1L, 0L);
            assertThat(As.user(recipient.username(), LEARNER, notices::myUnreadCount)).isZero();
        } finally {
            stop.run();
        }
        publish(new MessageSent(9_200_003L, 502L, sender.id(), "Avisa", recipient.id(), "Tres", Instant.now()));
        assertThat(heard).as("a closed page hears nothing").hasSize(4);
    }

    @Test
    void nobody_opens_another_persons_notice() {
        Someone sender = someone("emisor");
        Someone recipient = someone("duena");
        Someone other = someone("intrusa");
        publish(new MessageSent(9_300_001L, 503L, sender.id(), "Emisor", recipient.id(), "Privado", Instant.now()));
        long id = mine(recipient).getFirst().id();
        assertThatThrownBy(() -> As.user(other.username(), LEARNER, () -> notices.open(id)))
                .isInstanceOf(UserFacingException.class);
        assertThat(mine(recipient).getFirst().unread()).isTrue();
    }

    @Test
    void a_notice_written_while_the_jvm_is_in_mexico_city_reads_back_at_the_same_instant() {
        Someone recipient = someone("horario");
        Instant before = clock.instant().truncatedTo(ChronoUnit.MICROS);
        InMexicoCity.run(transactions, jdbc, () -> writer.write(List.of(recipient.id()), new NoticeWriter.Notice(
                NoticeKind.MESSAGE, "test:zone:" + recipient.id(), "Alguien", "Hora", "¿A qué hora llegó?",
                "red/mensajes/1")));
        Instant after = clock.instant();
        assertThat(mine(recipient)).singleElement().extracting(NoticeView::createdAt)
                .satisfies(at -> assertThat(at).isBetween(before, after));
    }

    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private List<NoticeView> mine(Someone person) {
        return As.user(person.username(), LEARNER, () -> notices.mine(0, 50));
    }
}
