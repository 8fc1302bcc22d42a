package org.paralelo.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.people.domain.AuditEntryRepository;
import org.paralelo.support.As;
import org.paralelo.support.OneConnectionTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily audit clean-up is a {@code @Transactional} job whose {@code @SchedulerLock} is written in transactions of
 * the lock's own; with one free connection it still takes its lock and deletes what expired. (It passed as well with
 * the transactions' advisor forced outside the lock's, so it does not by itself pin the order of the two.)
 */
@OneConnectionTest
@Tag("persistence")
class AuditCleanupOnOneConnectionTest {

    @Autowired AuditService audit;
    @Autowired AuditEntryRepository entries;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void the_daily_clean_up_takes_its_lock_and_deletes_expired_entries_with_one_free_connection() {
        String actor = AuditServiceTest.expiredAndYoungerEntries(entries, clock, "una-conexion");
        // A run in the last five minutes (lockAtLeastFor) on the same database would make this one skip its turn.
        jdbc.sql("delete from shedlock where name = 'audit-cleanup'").update();

        audit.deleteExpiredDaily();

        assertThat(jdbc.sql("select count(*) from shedlock where name = 'audit-cleanup'").query(Long.class).single())
                .as("the job took its lock").isEqualTo(1);
        assertThat(As.admin(() -> audit.count(new AuditFilter(null, actor, null, null))))
                .as("the entry past the retention went, the younger one stayed").isEqualTo(1);
    }
}
