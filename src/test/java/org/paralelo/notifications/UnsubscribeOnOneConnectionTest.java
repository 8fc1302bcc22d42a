package org.paralelo.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.notifications.domain.SigningKeyRepository;
import org.paralelo.people.PersonId;
import org.paralelo.support.OneConnectionTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails are written to the outbox inside the transaction of the change they tell of, and their unsubscribe links
 * are signed there: the signing key must already be at hand, not read in a transaction of its own on a second
 * connection. A node that just started (here a new {@link UnsubscribeTokens}) signs its first link in a transaction.
 */
@OneConnectionTest
@Tag("persistence")
class UnsubscribeOnOneConnectionTest {

    @Autowired UnsubscribeTokens tokens;
    @Autowired SigningKeyRepository keys;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void a_node_that_just_started_signs_its_first_link_inside_a_transaction_with_one_free_connection() {
        UnsubscribeTokens justStarted = new UnsubscribeTokens(keys, transactions, clock, "");
        PersonId person = new PersonId(16);

        String signed = new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("select 1").query(Integer.class).single();
            return justStarted.sign(person, MailKind.COMMUNITY_MENTION);
        });

        assertThat(signed).as("signed with the key every node shares")
                .isEqualTo(tokens.sign(person, MailKind.COMMUNITY_MENTION));
    }
}
