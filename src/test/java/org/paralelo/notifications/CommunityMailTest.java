package org.paralelo.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paralelo.notifications.MailFixture.learner;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.base.UserFacingException;
import org.paralelo.community.MessageSent;
import org.paralelo.community.PostPublished;
import org.paralelo.notifications.MailFixture.Someone;
import org.paralelo.people.AccountService;
import org.paralelo.people.MailContact;
import org.paralelo.support.As;
import org.paralelo.support.MailServer;
import org.paralelo.support.MailTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The Network's notices by mail, per person and kind: at once, in the daily digest (once a day), or never. */
@MailTest
@Tag("persistence")
class CommunityMailTest {

    static final String[] LEARNER = {"LEARNER"};
    static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100);

    @Autowired AccountService accounts;
    @Autowired MailPreferenceService preferences;
    @Autowired MailWorker worker;
    @Autowired DailyDigest digest;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired Outbox outbox;

    @Test
    void a_mention_arrives_at_once_and_its_unsubscribe_link_stops_further_mentions() throws Exception {
        Someone author = learner(accounts, "autoram", "es-MX");
        Someone ana = learner(accounts, "mencion", "es-MX");
        mention(author, ana, "Financiamiento de festivales", "@ana ¿tienes la convocatoria de <b>2027</b>?");
        sendAllDue();

        MimeMessage mail = MailFixture.received(ana.email(), 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Autora te mencionó en «Financiamiento de festivales»");
        String text = MailServer.part(mail, "text/plain");
        assertThat(text).contains("«@ana ¿tienes la convocatoria de <b>2027</b>?»", "/red/temas/");
        assertThat(MailServer.part(mail, "text/html")).contains("&lt;b&gt;2027&lt;/b&gt;").doesNotContain("<b>2027");
        Matcher link = Pattern.compile("/correo/baja/(\\S+)").matcher(text);
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).contains(".COMMUNITY_MENTION.");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains(link.group(1));

        assertThat(As.anonymous(() -> preferences.unsubscribe(link.group(1)))).contains(MailKind.COMMUNITY_MENTION);
        mention(author, ana, "Otro tema", "@ana otra vez");
        sendAllDue();
        digest.sendDue();
        sendAllDue();
        assertThat(MailServer.receivedBy(ana.email())).as("no mail after unsubscribing").hasSize(1);
        assertThat(noticesOf(ana)).as("the notice itself still arrives in the app").isEqualTo(2);
    }

    @Test
    void replies_wait_for_the_daily_digest_which_brings_them_in_one_mail_once_a_day() throws Exception {
        Someone author = learner(accounts, "autorad", "en");
        Someone eva = learner(accounts, "resumen", "en");
        reply(author, eva, "Festival budgets", "First reply about budgets");
        reply(author, eva, "Festival budgets", "Second reply with the spreadsheet");
        sendAllDue();
        assertThat(MailServer.receivedBy(eva.email())).as("replies are not mailed at once by default").isEmpty();

        digest.sendDue();
        digest.sendDue();
        sendAllDue();
        MimeMessage mail = MailFixture.received(eva.email(), 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Your Network digest: 2 updates");
        assertThat(MailServer.part(mail, "text/plain")).contains("Author replied in “Festival budgets”",
                "First reply about budgets", "Second reply with the spreadsheet", "/avisos",
                ".COMMUNITY_REPLY.");

        reply(author, eva, "Festival budgets", "A third one the same day");
        digest.sendDue();
        sendAllDue();
        assertThat(MailServer.receivedBy(eva.email())).as("one digest a day, however often the job runs").hasSize(1);

        clock.advance(Duration.ofDays(1));
        try {
            digest.sendDue();
            sendAllDue();
            assertThat(MailFixture.received(eva.email(), 2).getLast().getSubject())
                    .isEqualTo("Your Network digest: 1 update");
        } finally {
            clock.advance(Duration.ofDays(-1));
        }
    }

    @Test
    void two_runs_at_once_make_one_digest() throws Exception {
        Someone author = learner(accounts, "autorac", "es-MX");
        Someone rosa = learner(accounts, "carrera", "es-MX");
        reply(author, rosa, "Carrera", "Una respuesta");
        Thread other = Thread.ofPlatform().start(() -> digest.sendDue());
        digest.sendDue();
        other.join();
        sendAllDue();
        assertThat(MailFixture.received(rosa.email(), 1).getFirst().getSubject())
                .isEqualTo("Tu resumen de la Red: 1 novedad");
        assertThat(jdbc.queryForObject("select count(*) from mail_digest where person_id = ?", Long.class,
                rosa.id().value())).isEqualTo(1);
    }

    @Test
    void a_reply_queues_one_mail_per_follower_who_wants_it_at_once_in_their_language_and_never_one_twice()
            throws Exception {
        Someone author = learner(accounts, "autorab", "es-MX");
        Someone ana = learner(accounts, "alinstante", "es-MX");
        Someone ben = learner(accounts, "atonce", "en");
        Someone cris = learner(accounts, "diario", "es-MX");
        for (Someone now : new Someone[] {ana, ben}) {
            As.user(now.username(), LEARNER,
                    () -> preferences.setMine(MailKind.COMMUNITY_REPLY, MailFrequency.IMMEDIATELY));
        }
        long post = IDS.incrementAndGet();
        publish(new PostPublished(post, 4244L, "Circulación", author.id(), "Autora", "Nueva fecha de cierre",
                Set.of(ana.id(), ben.id(), cris.id()), Set.of(), Instant.now()));
        MailFixture.await("the reply's notices", () -> jdbc.queryForObject(
                "select count(*) from notice where source_key = ?", Long.class, "post:" + post) == 3);
        assertThat(jdbc.queryForList("select person_id from mail_outbox where message_id like ?", Long.class,
                "<notice.post." + post + ".%"))
                .as("one row each for those who want replies at once, none for the one who wants the digest")
                .containsExactlyInAnyOrder(ana.id().value(), ben.id().value());
        MailContact anaAgain = new MailContact(ana.id(), ana.username(), ana.email(), "Ana", Languages.SPANISH);
        Integer again = new TransactionTemplate(transactions).execute(status -> outbox.enqueueWanted(
                MailKind.COMMUNITY_REPLY, List.of(anaAgain), to -> "<notice.post." + post + "." + ana.id().value()
                        + "@paralelo>",
                (to, unsubscribe) -> {
                    throw new AssertionError("a message id already queued is not rendered again");
                }));
        assertThat(again).as("a replayed mail is not queued twice").isZero();

        sendAllDue();
        assertThat(MailFixture.received(ana.email(), 1).getFirst().getSubject())
                .isEqualTo("Autora respondió en «Circulación»");
        MimeMessage english = MailFixture.received(ben.email(), 1).getFirst();
        assertThat(english.getSubject()).isEqualTo("Autora replied in “Circulación”");
        assertThat(english.getHeader("List-Unsubscribe")[0]).contains(".COMMUNITY_REPLY.");
        assertThat(MailServer.receivedBy(cris.email())).isEmpty();
    }

    @Test
    void a_kind_set_to_never_sends_nothing_at_once_nor_in_the_digest() {
        Someone sender = learner(accounts, "remite", "es-MX");
        Someone leo = learner(accounts, "nunca", "es-MX");
        As.user(leo.username(), LEARNER, () -> preferences.setMine(MailKind.COMMUNITY_MESSAGE, MailFrequency.NEVER));
        As.user(leo.username(), LEARNER, () -> preferences.setMine(MailKind.COMMUNITY_REPLY, MailFrequency.NEVER));
        publish(new MessageSent(IDS.incrementAndGet(), 77L, sender.id(), "Remite", leo.id(), "Hola", Instant.now()));
        reply(sender, leo, "Tema", "Respuesta");
        sendAllDue();
        digest.sendDue();
        sendAllDue();
        assertThat(MailServer.receivedBy(leo.email())).isEmpty();
        assertThat(noticesOf(leo)).isEqualTo(2);
    }

    @Test
    void a_message_can_be_moved_to_the_digest_but_account_mail_cannot_and_a_weekly_summary_has_no_digest() {
        Someone sender = learner(accounts, "remite2", "es-MX");
        Someone mar = learner(accounts, "cambia", "es-MX");
        As.user(mar.username(), LEARNER,
                () -> preferences.setMine(MailKind.COMMUNITY_MESSAGE, MailFrequency.DAILY_DIGEST));
        assertThat(As.user(mar.username(), LEARNER, preferences::mine))
                .contains(new MailPreference(MailKind.COMMUNITY_MESSAGE, MailFrequency.DAILY_DIGEST),
                        new MailPreference(MailKind.COMMUNITY_REPLY, MailFrequency.DAILY_DIGEST),
                        new MailPreference(MailKind.COMMUNITY_MENTION, MailFrequency.IMMEDIATELY));
        assertThatThrownBy(() -> As.user(mar.username(), LEARNER,
                () -> preferences.setMine(MailKind.PROGRESS_SUMMARY, MailFrequency.DAILY_DIGEST)))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> As.user(mar.username(), LEARNER,
                () -> preferences.setMine(MailKind.ACCOUNT, MailFrequency.NEVER)))
                .isInstanceOf(UserFacingException.class);

        publish(new MessageSent(IDS.incrementAndGet(), 78L, sender.id(), "Remite", mar.id(), "¿Vienes?", Instant.now()));
        sendAllDue();
        assertThat(MailServer.receivedBy(mar.email())).isEmpty();
        digest.sendDue();
        sendAllDue();
        assertThat(MailServer.part(MailFixture.received(mar.email(), 1).getFirst(), "text/plain"))
                .contains("Remite te envió un mensaje", "«¿Vienes?»", ".COMMUNITY_MESSAGE.");
    }

    private void mention(Someone author, Someone whom, String thread, String text) {
        publish(new PostPublished(IDS.incrementAndGet(), 4242L, thread, author.id(), "Autora", text, Set.of(),
                Set.of(whom.id()), Instant.now()));
    }

    private void reply(Someone author, Someone follower, String thread, String text) {
        publish(new PostPublished(IDS.incrementAndGet(), 4243L, thread, author.id(), "Author", text,
                Set.of(follower.id()), Set.of(), Instant.now()));
    }

    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private long noticesOf(Someone person) {
        return jdbc.queryForObject("select count(*) from notice where person_id = ?", Long.class, person.id().value());
    }

    /** Rounds of the worker until nothing more leaves: other tests' digests share the outbox and come first. */
    private void sendAllDue() {
        for (int round = 0; round < 200 && worker.sendDue() > 0; round++) {
            // each round sends a batch
        }
    }
}
