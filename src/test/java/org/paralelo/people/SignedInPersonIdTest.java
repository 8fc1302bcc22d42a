package org.paralelo.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paralelo.support.As;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.paralelo.support.RoundTrips;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in person's id is read once per transaction and account (issue 16), and never handed to anyone else:
 * not to another account on the same thread, not to a later transaction. (A {@link KaribuTest} only to share the
 * recording application context of the step round-trip pins.)
 */
@Import(RoundTrips.Configuration.class)
class SignedInPersonIdTest extends KaribuTest {

    private static final String[] LEARNER = {"LEARNER"};

    @Autowired ProfileService profiles;
    @Autowired Caller caller;
    @Autowired AccountService accounts;
    @Autowired TransactionTemplate transactions;

    @Test
    void within_one_transaction_the_id_is_read_once_and_each_account_gets_its_own() {
        String ana = People.uniqueUsername("ana");
        String beto = People.uniqueUsername("beto");
        PersonId anaId = People.create(accounts, ana, Role.LEARNER);
        PersonId betoId = People.create(accounts, beto, Role.LEARNER);

        List<String> recorded = RoundTrips.of(() -> transactions.executeWithoutResult(status -> {
            assertThat(As.user(ana, LEARNER, () -> profiles.myId())).contains(anaId);
            assertThat(As.user(beto, LEARNER, () -> profiles.myId())).contains(betoId);
            assertThat(As.user(ana, LEARNER, () -> caller.id())).contains(anaId);
            assertThat(As.user(beto, LEARNER, () -> caller.id())).contains(betoId);
            assertThat(As.anonymous(() -> caller.id())).isEmpty();
        }));

        assertThat(RoundTrips.statements(recorded)).as("one id query per account")
                .hasSize(2).allMatch(sql -> sql.startsWith("select") && sql.contains("person"));
    }

    @Test
    void a_later_transaction_reads_the_id_again_and_an_account_without_a_row_has_none() {
        String ana = People.uniqueUsername("ana");
        PersonId anaId = People.create(accounts, ana, Role.LEARNER);
        assertThat(myIdInTransaction(ana)).contains(anaId);

        List<String> again = RoundTrips.of(() -> assertThat(myIdInTransaction(ana)).contains(anaId));

        assertThat(RoundTrips.statements(again)).as("read again in a new transaction").hasSize(1);
        assertThat(myIdInTransaction(People.uniqueUsername("otra"))).isEmpty();
    }

    private Optional<PersonId> myIdInTransaction(String username) {
        Optional<PersonId> found = transactions.execute(status -> As.user(username, LEARNER, () -> profiles.myId()));
        return found == null ? Optional.empty() : found;
    }
}
