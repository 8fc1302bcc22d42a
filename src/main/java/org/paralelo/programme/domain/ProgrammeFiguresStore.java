package org.paralelo.programme.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.paralelo.base.UtcDateTimes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Counts for reports, in plain SQL over runs, sessions and attendance: one grouped query each, nothing loaded as
 * entities. Cancelled sessions are left out everywhere.
 */
@Repository
public class ProgrammeFiguresStore {

    private final JdbcTemplate jdbc;

    ProgrammeFiguresStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A run: id, name, course, delivery mode. */
    public record RunRow(long id, String name, long courseId, String mode) {
    }

    /** Who belongs to which run of a course. */
    public record MemberRow(long runId, long courseId, long personId) {
    }

    /** One person's marks in one run's sessions held in a period: how many attended (present or late), of how many. */
    public record AttendanceRow(long runId, long personId, int attended, int marked) {
    }

    /** Sessions of one kind held in a period, their run's regions aside: how many, and their minutes added up. */
    public record SessionRow(long runId, String kind, long startsAtMillis, long endsAtMillis) {
    }

    public List<RunRow> runs() {
        return jdbc.query("select id, name, course_id, delivery_mode from programme_run order by id",
                (rs, i) -> new RunRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
    }

    /** The regions each run is offered in, as run id → region ids. */
    public Map<Long, List<Long>> runRegions() {
        Map<Long, List<Long>> regions = new HashMap<>();
        jdbc.query("select run_id, region_id from programme_run_region", rs -> {
            regions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return regions;
    }

    public List<MemberRow> members() {
        return jdbc.query("select run_id, course_id, person_id from programme_run_member",
                (rs, i) -> new MemberRow(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }

    public List<AttendanceRow> attendance(Instant start, Instant end) {
        return jdbc.query("""
                select s.run_id, a.person_id,
                       sum(case when a.mark in ('PRESENT', 'LATE') then 1 else 0 end), count(*)
                from programme_attendance a join programme_session s on s.id = a.session_id
                where s.cancelled_at is null and s.starts_at >= ? and s.starts_at < ?
                group by s.run_id, a.person_id""",
                (rs, i) -> new AttendanceRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)),
                UtcDateTimes.of(start), UtcDateTimes.of(end));
    }

    public List<SessionRow> sessions(Instant start, Instant end) {
        return jdbc.query("""
                select run_id, kind, starts_at, ends_at from programme_session
                where cancelled_at is null and starts_at >= ? and starts_at < ?""",
                (rs, i) -> new SessionRow(rs.getLong(1), rs.getString(2), millis(rs, 3), millis(rs, 4)),
                UtcDateTimes.of(start), UtcDateTimes.of(end));
    }

    private static long millis(ResultSet rs, int column) throws SQLException {
        return Objects.requireNonNull(UtcDateTimes.read(rs, column)).toEpochMilli();
    }
}
