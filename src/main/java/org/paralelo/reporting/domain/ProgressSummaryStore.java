package org.paralelo.reporting.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.UtcDateTimes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code report_progress} table: one row per person and course, written by the events that change it and read
 * row by row (streamed, never all in memory) by the dashboard. Plain SQL: an upsert and one indexed scan.
 */
@Repository
public class ProgressSummaryStore {

    private static final int IN_CHUNK = 500;
    private static final String COLUMNS =
            "course_id, person_id, enrolled_at, last_activity_at, completed_at, certified_at, quiz_percent";

    private final JdbcTemplate jdbc;

    ProgressSummaryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the row for a person and course, replacing what was there (idempotent). */
    public void save(ProgressSummary row, Instant now) {
        Object[] values = {ts(row.enrolledAt()), ts(row.lastActivityAt()), ts(row.completedAt()),
            ts(row.certifiedAt()), row.quizPercent(), ts(now), row.courseId(), row.personId()};
        String update = "update report_progress set enrolled_at = ?, last_activity_at = ?, completed_at = ?,"
                + " certified_at = ?, quiz_percent = ?, refreshed_at = ? where course_id = ? and person_id = ?";
        if (jdbc.update(update, values) > 0) {
            return;
        }
        try {
            jdbc.update("insert into report_progress (enrolled_at, last_activity_at, completed_at, certified_at,"
                    + " quiz_percent, refreshed_at, course_id, person_id) values (?, ?, ?, ?, ?, ?, ?, ?)", values);
        } catch (DuplicateKeyException raced) {
            jdbc.update(update, values);
        }
    }

    public void delete(long courseId, long personId) {
        jdbc.update("delete from report_progress where course_id = ? and person_id = ?", courseId, personId);
    }

    public long count() {
        Long n = jdbc.queryForObject("select count(*) from report_progress", Long.class);
        return n == null ? 0 : n;
    }

    /** Every row of an enrolment begun before {@code end}, one at a time. */
    public void forEachEnrolledBefore(Instant end, Consumer<ProgressSummary> each) {
        jdbc.query("select " + COLUMNS + " from report_progress where enrolled_at < ?",
                rs -> {
                    each.accept(row(rs));
                }, ts(end));
    }

    /**
     * As {@link #forEachEnrolledBefore}, for the given people only (a region or a drill-down). The query names only
     * the people, so the database reads them through the person index; with the date in the query as well, H2
     * chose the date index instead and went through the whole table once per chunk (a region took longer than
     * the whole programme). The date is checked here.
     */
    public void forEachEnrolledBefore(Instant end, Collection<Long> people, Consumer<ProgressSummary> each) {
        List<Long> all = new ArrayList<>(people);
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.query("select " + COLUMNS + " from report_progress where person_id in (" + marks + ")", rs -> {
                ProgressSummary row = row(rs);
                if (row.enrolledAt() != null && row.enrolledAt().isBefore(end)) {
                    each.accept(row);
                }
            }, chunk.toArray());
        }
    }

    private static ProgressSummary row(ResultSet rs) throws SQLException {
        BigDecimal quiz = rs.getBigDecimal(7);
        return new ProgressSummary(rs.getLong(1), rs.getLong(2), UtcDateTimes.read(rs, 3),
                UtcDateTimes.read(rs, 4), UtcDateTimes.read(rs, 5), UtcDateTimes.read(rs, 6),
                quiz == null ? null : quiz.doubleValue());
    }

    /** As UTC date-times, as Hibernate writes instants elsewhere (base.UtcDateTimes). */
    private static @Nullable LocalDateTime ts(@Nullable Instant value) {
        return UtcDateTimes.of(value);
    }
}
