package org.paralelo.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paralelo.notifications.MailFixture.learner;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.notifications.MailFixture.Someone;
import org.paralelo.people.AccountService;
import org.paralelo.people.PasswordResetRequested;
import org.paralelo.support.MailServer;
import org.paralelo.support.MailTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JDBC event publication registry: an event committed with its transaction but never handed to its listener
 * (the JVM died in between) is still in EVENT_PUBLICATION, and resubmitting it at the next start (what
 * {@code spring.modulith.events.republish-outstanding-events-on-restart} does) delivers the mail once.
 */
@MailTest
@Tag("persistence")
class EventRegistryCrashTest {

    private static final String LISTENER =
            "org.paralelo.notifications.AccountMails.on(org.paralelo.people.PasswordResetRequested)";

    @Autowired AccountService accounts;
    @Autowired EventPublicationRegistry registry;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired MailWorker worker;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void an_event_stored_but_never_delivered_before_a_crash_is_delivered_after_restart_and_mailed_once() {
        Someone ana = learner(accounts, "tras-caida", "es-MX");
        PasswordResetRequested event = new PasswordResetRequested(ana.id(), "T".repeat(43),
                clock.instant().plus(Duration.ofHours(1)));
        // The state a crash leaves: the publication committed, its listener never ran.
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                registry.store(event, Stream.of(PublicationTargetIdentifier.of(LISTENER))));
        assertThat(incompletePublicationsFor(ana)).isEqualTo(1);

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent().equals(event));
        MailFixture.await("the resubmitted listener to finish", () -> incompletePublicationsFor(ana) == 0);
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent().equals(event));
        worker.sendDue();

        assertThat(MailFixture.received(ana.email(), 1)).hasSize(1);
        assertThat(MailServer.awaitReceived(ana.email(), 2, Duration.ofMillis(500))).hasSize(1);
    }

    private long incompletePublicationsFor(Someone someone) {
        return jdbc.queryForObject("""
                select count(*) from EVENT_PUBLICATION where completion_date is null
                and event_type like '%PasswordResetRequested' and serialized_event like ?""",
                Long.class, "%" + someone.id().value() + "%");
    }
}
