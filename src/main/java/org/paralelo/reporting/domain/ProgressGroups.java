package org.paralelo.reporting.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.paralelo.base.UtcDateTimes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code report_progress} added up by the database: per person, per course and per month of a period, so a
 * dashboard reads some ten thousand grouped rows instead of streaming every enrolment through Java. The date
 * conditions sit in the sums, not in the {@code where}: the scan stays one pass over the table, and the database
 * never picks the date index and walks the table row by row from it.
 */
@Repository
public class ProgressGroups {

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

    /** Per person, every enrolment of the table. */
    public void sums(Window window, Consumer<Sums> each) {
        String sql = "select person_id, " + sumColumns() + " from report_progress group by person_id";
        jdbc.query(sql, rs -> {
            Sums sums = sums(rs);
            if (sums.reached() > 0) {
                each.accept(sums);
            }
        }, sumArguments(window).toArray());
    }

    /** Per course, and enrolments begun / courses completed per month of the window: one scan for both. */
    public record CoursesAndMonths(List<Sums> courses, int[][] months) {
    }

    /**
     * Per course ({@link Sums} without {@code started}) and, from the same scan, the enrolments begun and courses
     * completed in each month of the window: {@code monthStarts} are the instants at which the second, third…
     * month begin; {@code months()[m]} is {begun, completed} of month m (index 0 the first). The table is grouped
     * by course and the two month buckets (at most courses × (months + 1)² groups, a few hundred in practice) and
     * the groups are added up here, so the course sums and both month series cost one pass instead of three.
     */
    public CoursesAndMonths coursesAndMonths(Window w, List<Instant> monthStarts) {
        LocalDateTime end = ts(w.end());
        LocalDateTime start = ts(w.start());
        List<Object> args = new ArrayList<>();
        String begun = bucket("enrolled_at", "enrolled_at >= ? and enrolled_at < ?", monthStarts, args,
                List.of(start, end));
        String completed = bucket("completed_at", "enrolled_at < ? and completed_at >= ? and completed_at < ?",
                monthStarts, args, List.of(end, start, end));
        List<Object> sumArgs = new ArrayList<>(sumArguments(w));
        sumArgs.addAll(args);
        String sql = "select course_id, " + sumColumns() + ", b, c from (select course_id, enrolled_at,"
                + " last_activity_at, completed_at, certified_at, quiz_percent, " + begun + " b, " + completed
                + " c from report_progress) t group by course_id, b, c";
        Map<Long, Sums> courses = new LinkedHashMap<>();
        int[][] months = new int[monthStarts.size() + 1][2];
        jdbc.query(sql, rs -> {
            Sums group = sums(rs);
            int b = rs.getInt(10);
            int c = rs.getInt(11);
            // a bucketed row was begun before the end, so "reached" is the group's row count
            if (b >= 0) {
                months[b][0] += group.reached();
            }
            if (c >= 0) {
                months[c][1] += group.reached();
            }
            if (group.reached() > 0) {
                courses.merge(group.key(), group, ProgressGroups::plus);
            }
        }, sumArgs.toArray());
        return new CoursesAndMonths(List.copyOf(courses.values()), months);
    }

    /** {@code case} giving the month (0…) of {@code column} when {@code condition} holds, else -1. */
    private static String bucket(String column, String condition, List<Instant> monthStarts, List<Object> args,
                                 List<LocalDateTime> conditionArgs) {
        StringBuilder sql = new StringBuilder("case when ").append(condition).append(" then case");
        args.addAll(conditionArgs);
        for (int m = 0; m < monthStarts.size(); m++) {
            sql.append(" when ").append(column).append(" < ? then ").append(m);
            args.add(ts(monthStarts.get(m)));
        }
        return sql.append(" else ").append(monthStarts.size()).append(" end else -1 end").toString();
    }

    private static Sums plus(Sums a, Sums b) {
        return new Sums(a.key(), a.reached() + b.reached(), a.enrolled() + b.enrolled(), a.active() + b.active(),
                a.completed() + b.completed(), a.certified() + b.certified(), a.quizSum() + b.quizSum(),
                a.quizCount() + b.quizCount(), a.started() || b.started());
    }

    /** The eight sums of a group (columns 2 to 9), each enrolment counted when begun before the window's end. */
    private static String sumColumns() {
        String before = "enrolled_at < ?";
        return "sum(case when " + before + " then 1 else 0 end),"
                + " sum(case when " + before + " and enrolled_at >= ? then 1 else 0 end),"
                + " sum(case when " + before + " and last_activity_at >= ? and last_activity_at < ? then 1 else 0 end),"
                + " sum(case when " + before + " and completed_at >= ? and completed_at < ? then 1 else 0 end),"
                + " sum(case when " + before + " and certified_at >= ? and certified_at < ? then 1 else 0 end),"
                + " sum(case when " + before + " then quiz_percent end),"
                + " count(case when " + before + " then quiz_percent end),"
                + " max(case when " + before + " and last_activity_at is not null then 1 else 0 end)";
    }

    private static List<Object> sumArguments(Window w) {
        LocalDateTime end = ts(w.end());
        LocalDateTime start = ts(w.start());
        return List.of(end, end, start, end, ts(w.activeSince()), end, end, start, end, end, start, end, end, end,
                end);
    }

    private static Sums sums(ResultSet rs) throws SQLException {
        BigDecimal quiz = rs.getBigDecimal(7);
        return new Sums(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                quiz == null ? 0 : quiz.doubleValue(), rs.getInt(8), rs.getInt(9) > 0);
    }

    /** As UTC date-times, as report_progress holds them. */
    private static LocalDateTime ts(Instant value) {
        return UtcDateTimes.of(value);
    }
}
