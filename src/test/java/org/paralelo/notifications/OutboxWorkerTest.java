package org.paralelo.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paralelo.notifications.MailFixture.learner;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.notifications.MailFixture.Someone;
import org.paralelo.notifications.domain.OutboxMessage;
import org.paralelo.notifications.domain.OutboxMessage.Status;
import org.paralelo.notifications.domain.OutboxRepository;
import org.paralelo.people.AccountService;
import org.paralelo.people.MailContact;
import org.paralelo.support.MailServer;
import org.paralelo.support.MailTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox and its worker against a real SMTP server: nothing leaves before its transaction commits, a server
 * that is down is retried with pauses, a worker that died holding a message does not lose it, and two workers
 * never send one message twice.
 */
@MailTest
@Tag("persistence")
class OutboxWorkerTest {

    @Autowired AccountService accounts;
    @Autowired Outbox outbox;
    @Autowired OutboxRepository rows;
    @Autowired MailWorker worker;
    @Autowired MailSettings settings;
    @Autowired TestClock clock;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void a_message_queued_in_a_transaction_that_rolls_back_is_never_sent() {
        Someone ana = learner(accounts, "revertido", "es-MX");
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> {
            queue(ana, "<rollback-" + System.nanoTime() + "@test>");
            status.setRollbackOnly();
        });
        worker.sendDue();

        assertThat(rows.findAll()).noneMatch(m -> m.getRecipient().equals(ana.email()));
        assertThat(MailServer.receivedBy(ana.email())).isEmpty();
    }

    @Test
    void queuing_outside_a_transaction_is_refused() {
        Someone ana = learner(accounts, "sintx", "es-MX");
        assertThatThrownBy(() -> queue(ana, "<no-tx@test>"))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void the_same_message_id_is_queued_once_so_a_replayed_listener_sends_one_mail() throws Exception {
        Someone ana = learner(accounts, "replay", "es-MX");
        String id = "<replay-" + System.nanoTime() + "@test>";
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        Boolean first = transaction.execute(status -> queue(ana, id));
        Boolean second = transaction.execute(status -> queue(ana, id));
        worker.sendDue();

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(MailFixture.received(ana.email(), 1).getFirst().getHeader("Message-ID")).containsExactly(id);
    }

    @Test
    void while_the_server_is_down_the_message_waits_and_leaves_once_when_it_is_back() throws Exception {
        Someone ana = learner(accounts, "caido", "es-MX");
        MailServer.stop();
        try {
            new TransactionTemplate(transactions).execute(status -> queue(ana, "<down-" + System.nanoTime() + "@t>"));

            assertThat(worker.sendDue()).isZero();
            OutboxMessage waiting = rowFor(ana);
            assertThat(waiting.getStatus()).isEqualTo(Status.PENDING);
            assertThat(waiting.getAttempts()).isEqualTo(1);
            assertThat(waiting.getLastError()).isNotBlank();
            assertThat(Duration.between(clock.instant(), waiting.getNextAttemptAt()))
                    .isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));
            assertThat(worker.sendDue()).as("not due again before its pause").isZero();

            clock.advance(Duration.ofSeconds(31));
            assertThat(worker.sendDue()).as("still down: second attempt fails").isZero();
            assertThat(rowFor(ana).getAttempts()).isEqualTo(2);
            assertThat(Duration.between(clock.instant(), rowFor(ana).getNextAttemptAt()))
                    .as("the pause doubles").isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60));
        } finally {
            MailServer.running();
        }
        clock.advance(Duration.ofSeconds(61));
        assertThat(worker.sendDue()).isGreaterThanOrEqualTo(1);
        assertThat(worker.sendDue()).isZero();

        assertThat(MailFixture.received(ana.email(), 1)).hasSize(1);
        assertThat(rowFor(ana).getStatus()).isEqualTo(Status.SENT);
    }

    @Test
    void after_the_last_attempt_the_message_is_given_up_and_its_body_dropped() {
        Someone ana = learner(accounts, "rendido", "es-MX");
        MailServer.stop();
        try {
            new TransactionTemplate(transactions).execute(status -> queue(ana, "<fail-" + System.nanoTime() + "@t>"));
            for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
                worker.sendDue();
                clock.advance(Duration.ofHours(1).plusSeconds(1));
            }
        } finally {
            MailServer.running();
        }
        OutboxMessage failed = rowFor(ana);
        assertThat(failed.getStatus()).isEqualTo(Status.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(settings.maxAttempts());
        assertThat(failed.getTextBody()).isNull();
        worker.sendDue();
        assertThat(MailServer.receivedBy(ana.email())).isEmpty();
    }

    @Test
    void a_message_claimed_by_a_worker_that_died_is_sent_once_after_the_claim_times_out() {
        Someone ana = learner(accounts, "huerfano", "es-MX");
        new TransactionTemplate(transactions).execute(status -> queue(ana, "<crash-" + System.nanoTime() + "@t>"));
        long id = rowFor(ana).getId();
        // What a worker leaves behind when the JVM is killed between claiming and sending.
        Integer claimed = new TransactionTemplate(transactions).execute(status -> rows.claim(id, "dead-worker",
                clock.instant(), clock.instant().minus(settings.claimTimeout())));
        assertThat(claimed).isEqualTo(1);

        assertThat(worker.sendDue()).as("another worker's fresh claim is left alone").isZero();
        assertThat(MailServer.receivedBy(ana.email())).isEmpty();

        clock.advance(settings.claimTimeout().plusSeconds(1));
        worker.sendDue();
        worker.sendDue();

        assertThat(MailFixture.received(ana.email(), 1)).hasSize(1);
        assertThat(rowFor(ana).getStatus()).isEqualTo(Status.SENT);
    }

    @Test
    void two_workers_racing_over_the_same_messages_send_each_exactly_once() throws Exception {
        Someone ana = learner(accounts, "carrera", "es-MX");
        int count = 15;
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                queue(ana, "<race-" + i + "-" + System.nanoTime() + "@t>");
            }
        });
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Callable<Integer> round = () -> {
                start.await();
                return worker.sendDue();
            };
            List<Future<Integer>> rounds = List.of(pool.submit(round), pool.submit(round), pool.submit(round));
            start.countDown();
            int sent = 0;
            for (Future<Integer> r : rounds) {
                sent += r.get();
            }
            assertThat(sent).isEqualTo(count);
        } finally {
            pool.shutdownNow();
        }
        List<MimeMessage> received = MailServer.awaitReceived(ana.email(), count + 1, Duration.ofSeconds(2));
        assertThat(received).hasSize(count);
        assertThat(received.stream().map(m -> header(m, "Message-ID")).distinct()).hasSize(count);
    }

    private boolean queue(Someone someone, String messageId) {
        MailContact to = new MailContact(someone.id(), someone.username(), someone.email(), "María", Locale.of("es", "MX"));
        return outbox.enqueue(MailKind.ACCOUNT, to, messageId, "password-reset", "contrasena/nueva/x",
                clock.instant(), someone.username());
    }

    private OutboxMessage rowFor(Someone someone) {
        return rows.findAll().stream().filter(m -> m.getRecipient().equals(someone.email()))
                .findFirst().orElseThrow();
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name)[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
