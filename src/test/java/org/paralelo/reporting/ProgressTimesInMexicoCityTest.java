package org.paralelo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.reporting.domain.ProgressSummary;
import org.paralelo.reporting.domain.ProgressSummaryStore;
import org.paralelo.support.InMexicoCity;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The progress read model keeps its instants as UTC date-times, like the rest of the database, whatever the JVM's
 * zone: a row written in Mexico City holds UTC and is read back, and found in its window, at the same instant.
 */
@ParaleloSpringTest
@Tag("persistence")
class ProgressTimesInMexicoCityTest {

    @Autowired ProgressSummaryStore store;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void a_row_written_while_the_jvm_is_in_mexico_city_holds_utc_and_reads_back_at_the_same_instant() {
        // Ids no course or person has (no foreign keys on the read model); removed at the end.
        long course = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        long person = -1;
        Instant enrolled = Instant.parse("2026-03-10T20:30:00Z");
        Instant completed = Instant.parse("2026-03-11T05:15:00Z");
        try {
            InMexicoCity.run(transactions, jdbc, () -> store.save(new ProgressSummary(course, person, enrolled, null,
                    completed, null, null), completed));

            assertThat(InMexicoCity.stored(jdbc, "select enrolled_at from report_progress where course_id = ?",
                    course)).isEqualTo(LocalDateTime.of(2026, 3, 10, 20, 30));
            List<ProgressSummary> read = InMexicoCity.call(transactions, jdbc, () -> {
                List<ProgressSummary> rows = new ArrayList<>();
                store.forEachEnrolledBefore(enrolled.plusSeconds(1), row -> {
                    if (row.courseId() == course) {
                        rows.add(row);
                    }
                });
                return rows;
            });
            assertThat(read).singleElement().satisfies(row -> {
                assertThat(row.enrolledAt()).isEqualTo(enrolled);
                assertThat(row.completedAt()).isEqualTo(completed);
            });
        } finally {
            store.delete(course, person);
        }
    }
}
