package org.paralelo.reporting.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code report_progress} added up by the database: per person, per course and per month of a period, so a
 * dashboard reads some ten thousand grouped rows instead of streaming every enrolment through Java. The date
 * conditions sit in the sums, not in the {@code where}: the scan stays one pass over the table (or over the person
 * index for a list of people), and the database never picks the date index and walks the table per chunk.
 */
@Repository
public class ProgressGroups {

    private static final int IN_CHUNK = 500;

    private final JdbcTemplate jdbc;

    ProgressGroups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a period asks of every enrolment: begun before {@code end}; the counts are of [start, end). */
    public record Window(Instant start, Instant end, Instant activeSince) {
    }

    /** One group's sums (a person's or a course's enrolments begun before the window's end). */
    public record Sums(long key, int reached, int enrolled, int active, int completed, int certified,
                       double quizSum, int quizCount, boolean started) {
    }

    /** Per person ({@code byCourse} false) or per course, every enrolment of the table. */
    public void sums(Window window, boolean byCourse, Consumer<Sums> each) {
        query(window, byCourse ? "course_id" : "person_id", "", List.of(), each);
    }

    /** As {@link #sums(Window, boolean, Consumer)}, of these people only (500 a query, through the person index). */
    public void sums(Window window, boolean byCourse, Collection<Long> people, Consumer<Sums> each) {
        List<Long> all = new ArrayList<>(people);
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
            query(window, byCourse ? "course_id" : "person_id", " where person_id in ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", chunk, each);
        }
    }

    /**
     * Enrolments begun, and courses completed, in each month of the window: {@code monthStarts} are the instants
     * at which the second, third… month begin; answers {begun, completed} per month (index 0 the first).
     */
    public int[][] months(Window window, List<Instant> monthStarts) {
        int[][] counts = new int[monthStarts.size() + 1][2];
        String[] columns = {"enrolled_at", "completed_at"};
        for (int c = 0; c < columns.length; c++) {
            int column = c;
            List<Object> args = new ArrayList<>();
            StringBuilder bucket = new StringBuilder("case");
            for (int m = 0; m < monthStarts.size(); m++) {
                bucket.append(" when ").append(columns[c]).append(" < ? then ").append(m);
                args.add(ts(monthStarts.get(m)));
            }
            bucket.append(" else ").append(monthStarts.size()).append(" end");
            args.add(ts(window.start()));
            args.add(ts(window.end()));
            args.add(ts(window.end()));
            jdbc.query("select m, count(*) from (select " + bucket + " m from report_progress where " + columns[c]
                    + " >= ? and " + columns[c] + " < ? and enrolled_at < ?) b group by m",
                    rs -> {
                        counts[rs.getInt(1)][column] += rs.getInt(2);
                    }, args.toArray());
        }
        return counts;
    }

    private void query(Window w, String key, String where, List<Long> people, Consumer<Sums> each) {
        String before = "enrolled_at < ?";
        String sql = "select " + key + ", sum(case when " + before + " then 1 else 0 end),"
                + " sum(case when " + before + " and enrolled_at >= ? then 1 else 0 end),"
                + " sum(case when " + before + " and last_activity_at >= ? and last_activity_at < ? then 1 else 0 end),"
                + " sum(case when " + before + " and completed_at >= ? and completed_at < ? then 1 else 0 end),"
                + " sum(case when " + before + " and certified_at >= ? and certified_at < ? then 1 else 0 end),"
                + " sum(case when " + before + " then quiz_percent end),"
                + " count(case when " + before + " then quiz_percent end),"
                + " max(case when " + before + " and last_activity_at is not null then 1 else 0 end)"
                + " from report_progress" + where + " group by " + key;
        Timestamp end = ts(w.end());
        Timestamp start = ts(w.start());
        List<Object> args = new ArrayList<>(List.of(end, end, start, end, ts(w.activeSince()), end, end, start, end,
                end, start, end, end, end, end));
        args.addAll(people);
        jdbc.query(sql, rs -> {
            int reached = rs.getInt(2);
            if (reached > 0) {
                BigDecimal quiz = rs.getBigDecimal(7);
                each.accept(new Sums(rs.getLong(1), reached, rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        quiz == null ? 0 : quiz.doubleValue(), rs.getInt(8), rs.getInt(9) > 0));
            }
        }, args.toArray());
    }

    private static Timestamp ts(Instant value) {
        return Timestamp.from(value);
    }
}
