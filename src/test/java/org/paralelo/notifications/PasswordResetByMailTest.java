package org.paralelo.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paralelo.notifications.MailFixture.learner;
import static org.paralelo.notifications.MailFixture.received;
import static org.paralelo.notifications.MailFixture.signsIn;
import static org.paralelo.notifications.MailFixture.token;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.notifications.MailFixture.Someone;
import org.paralelo.notifications.domain.OutboxMessage;
import org.paralelo.notifications.domain.OutboxRepository;
import org.paralelo.people.AccountService;
import org.paralelo.people.LinkState;
import org.paralelo.people.PasswordResetService;
import org.paralelo.support.As;
import org.paralelo.support.MailServer;
import org.paralelo.support.MailTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;

/** Forgotten password from the request to signing in with the new password, through a real SMTP server. */
@MailTest
@Tag("persistence")
class PasswordResetByMailTest {

    private static final String NEW_PASSWORD = "otra-frase-nueva-456";

    @Autowired AccountService accounts;
    @Autowired PasswordResetService resets;
    @Autowired OutboxRepository outbox;
    @Autowired MailWorker worker;
    @Autowired AuthenticationManager authentication;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_learner_resets_a_forgotten_password_with_the_one_time_link_mailed_to_them() throws Exception {
        Someone ana = learner(accounts, "olvido", "es-MX");

        requestAndSend(ana.email().toUpperCase(), "10.1.0.1");

        MimeMessage mail = received(ana.email(), 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Tu enlace para elegir una contraseña nueva en Paralelo");
        assertThat(MailServer.part(mail, "text/plain")).contains("Hola, María " + ana.username());
        assertThat(MailServer.part(mail, "text/html")).contains("<a href=\"http://localhost:8080/contrasena/nueva/");
        assertThat(mail.getHeader("List-Unsubscribe")).as("account mail cannot be unsubscribed").isNull();
        String token = token(mail, "contrasena/nueva/");
        assertThat(As.anonymous(() -> resets.linkState(token))).isEqualTo(LinkState.VALID);

        As.anonymous(() -> {
            resets.resetPassword(token, NEW_PASSWORD);
            return null;
        });

        assertThat(signsIn(authentication, ana.username(), NEW_PASSWORD)).isTrue();
        assertThat(signsIn(authentication, ana.username(), org.paralelo.support.People.PASSWORD)).isFalse();
        assertThat(As.anonymous(() -> resets.linkState(token))).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> As.anonymous(() -> {
            resets.resetPassword(token, "y-otra-distinta-789");
            return null;
        })).isInstanceOf(UserFacingException.class).hasMessage("account-link.invalid");
    }

    @Test
    void an_address_without_an_account_gets_the_same_answer_and_no_mail_is_queued() {
        String nobody = "nadie-" + System.nanoTime() + "@ejemplo.mx";
        long before = outbox.count();

        As.anonymous(() -> {
            resets.requestReset(nobody, "10.1.0.2");
            return null;
        });

        worker.sendDue();
        assertThat(outbox.count()).isEqualTo(before);
        assertThat(MailServer.receivedBy(nobody)).isEmpty();
    }

    @Test
    void an_english_speaker_gets_the_mail_in_english() throws Exception {
        Someone john = learner(accounts, "forgot", "en");

        requestAndSend(john.email(), "10.1.0.3");

        MimeMessage mail = received(john.email(), 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Your link to choose a new Paralelo password");
        assertThat(MailServer.part(mail, "text/plain")).contains("Hello María " + john.username())
                .contains("it works once, until");
    }

    @Test
    void the_link_stops_working_after_one_hour() {
        Someone ana = learner(accounts, "caduca", "es-MX");
        requestAndSend(ana.email(), "10.1.0.4");
        String token = token(received(ana.email(), 1).getFirst(), "contrasena/nueva/");

        clock.advance(Duration.ofMinutes(61));
        try {
            assertThat(As.anonymous(() -> resets.linkState(token))).isEqualTo(LinkState.EXPIRED);
            assertThatThrownBy(() -> As.anonymous(() -> {
                resets.resetPassword(token, NEW_PASSWORD);
                return null;
            })).isInstanceOf(UserFacingException.class);
            assertThat(signsIn(authentication, ana.username(), org.paralelo.support.People.PASSWORD)).isTrue();
        } finally {
            clock.advance(Duration.ofMinutes(-61));
        }
    }

    @Test
    void a_weak_password_is_refused_and_the_link_still_works_for_a_better_one() {
        Someone ana = learner(accounts, "debil", "es-MX");
        requestAndSend(ana.email(), "10.1.0.5");
        String token = token(received(ana.email(), 1).getFirst(), "contrasena/nueva/");

        assertThatThrownBy(() -> As.anonymous(() -> {
            resets.resetPassword(token, "corta");
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessage("error.password-too-short");
        assertThatThrownBy(() -> As.anonymous(() -> {
            resets.resetPassword(token, ana.username());
            return null;
        })).isInstanceOf(InvalidInputException.class);

        assertThat(As.anonymous(() -> resets.linkState(token))).isEqualTo(LinkState.VALID);
        As.anonymous(() -> {
            resets.resetPassword(token, NEW_PASSWORD);
            return null;
        });
        assertThat(signsIn(authentication, ana.username(), NEW_PASSWORD)).isTrue();
    }

    @Test
    void a_second_request_retires_the_first_link() {
        Someone ana = learner(accounts, "dos", "es-MX");
        requestAndSend(ana.email(), "10.1.0.6");
        requestAndSend(ana.email(), "10.1.0.6");
        List<MimeMessage> mails = received(ana.email(), 2);
        String first = token(mails.get(0), "contrasena/nueva/");
        String second = token(mails.get(1), "contrasena/nueva/");

        assertThat(As.anonymous(() -> resets.linkState(first))).isEqualTo(LinkState.USED);
        assertThat(As.anonymous(() -> resets.linkState(second))).isEqualTo(LinkState.VALID);
    }

    @Test
    void requests_are_limited_per_inbox_silently_and_per_source_address_with_a_message() {
        Someone ana = learner(accounts, "limite", "es-MX");
        String address = "10.2.0." + (System.nanoTime() % 200);
        for (int i = 0; i < 5; i++) {
            requestAndSend(ana.email(), address);
        }
        assertThat(MailServer.awaitReceived(ana.email(), 4, Duration.ofSeconds(2)))
                .as("three links an hour reach one inbox").hasSize(3);

        for (int i = 0; i < 5; i++) {
            As.anonymous(() -> {
                resets.requestReset("otra-" + System.nanoTime() + "@ejemplo.mx", address);
                return null;
            });
        }
        assertThatThrownBy(() -> As.anonymous(() -> {
            resets.requestReset(ana.email(), address);
            return null;
        })).isInstanceOf(UserFacingException.class).hasMessage("password-reset.throttled");
    }

    @Test
    void malformed_empty_and_huge_addresses_are_refused_with_a_field_message() {
        for (String bad : new String[] {"", "   ", "sin-arroba", "a@b", "x".repeat(300) + "@ejemplo.mx"}) {
            assertThatThrownBy(() -> As.anonymous(() -> {
                resets.requestReset(bad, "10.1.0.7");
                return null;
            })).as(bad).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).concerns("email")).isTrue());
        }
    }

    @Test
    void hostile_and_garbled_tokens_are_simply_unknown() {
        for (String token : new String[] {"", "abc", "' or 1=1 --", "x".repeat(10_000), "../../etc/passwd",
                "A".repeat(43)}) {
            assertThat(As.anonymous(() -> resets.linkState(token))).as(token).isEqualTo(LinkState.UNKNOWN);
            assertThatThrownBy(() -> As.anonymous(() -> {
                resets.resetPassword(token, NEW_PASSWORD);
                return null;
            })).isInstanceOf(UserFacingException.class);
        }
    }

    @Test
    void two_simultaneous_uses_of_one_link_set_the_password_once() throws Exception {
        Someone ana = learner(accounts, "carrera", "es-MX");
        requestAndSend(ana.email(), "10.1.0.8");
        String token = token(received(ana.email(), 1).getFirst(), "contrasena/nueva/");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (String password : new String[] {"primera-frase-111", "segunda-frase-222"}) {
                Callable<Boolean> use = () -> {
                    start.await();
                    try {
                        As.anonymous(() -> {
                            resets.resetPassword(token, password);
                            return null;
                        });
                        return true;
                    } catch (UserFacingException | org.springframework.dao.DataAccessException refused) {
                        return false;
                    }
                };
                outcomes.add(pool.submit(use));
            }
            start.countDown();
            int succeeded = 0;
            for (Future<Boolean> outcome : outcomes) {
                succeeded += outcome.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
            assertThat(signsIn(authentication, ana.username(), "primera-frase-111")
                    ^ signsIn(authentication, ana.username(), "segunda-frase-222")).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_sent_message_keeps_no_link_in_the_database() {
        Someone ana = learner(accounts, "limpio", "es-MX");
        requestAndSend(ana.email(), "10.1.0.9");
        received(ana.email(), 1);

        OutboxMessage row = outbox.findAll().stream().filter(m -> m.getRecipient().equals(ana.email()))
                .findFirst().orElseThrow();
        assertThat(row.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(row.getTextBody()).isNull();
        assertThat(row.getHtmlBody()).isNull();
    }

    private void requestAndSend(String email, String sourceAddress) {
        As.anonymous(() -> {
            resets.requestReset(email, sourceAddress);
            return null;
        });
        MailFixture.settle(jdbc);
        worker.sendDue();
    }
}
