package org.paralelo.reporting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For {@link DashboardBenchmark} at the full size: the raw activity behind the progress summary, 1,000,000
 * lesson-progress rows (every person × 20 courses × 5 lessons) and 200,000 quiz attempts (every person × 20
 * courses, one graded attempt), written with batched JDBC inserts of 10,000 rows so the set is made in minutes.
 */
final class FullSizeActivity {

    static final int LESSONS_PER_COURSE = 5;
    private static final int BATCH = 10_000;

    private FullSizeActivity() {
    }

    /** Writes the rows for these people and courses; answers {lesson-progress rows, attempts}. */
    static long[] generate(JdbcTemplate jdbc, List<Long> people, List<Long> courses, Instant now) {
        Random random = new Random(29);
        List<Object[]> progress = new ArrayList<>(BATCH);
        List<Object[]> attempts = new ArrayList<>(BATCH);
        long progressRows = 0;
        long attemptRows = 0;
        for (long person : people) {
            for (long course : courses) {
                Instant started = now.minus(Duration.ofDays(1 + random.nextInt(300)));
                for (int lesson = 1; lesson <= LESSONS_PER_COURSE; lesson++) {
                    Instant done = random.nextInt(3) == 0 ? null : started.plus(Duration.ofHours(lesson));
                    progress.add(new Object[] {course, person, "leccion-" + lesson, Timestamp.from(started),
                        done == null ? null : Timestamp.from(done)});
                }
                int percent = 30 + random.nextInt(71);
                Timestamp submitted = Timestamp.from(started.plus(Duration.ofDays(2)));
                attempts.add(new Object[] {course, 1, "cuestionario", person, 1, "GRADED", "[]",
                    Timestamp.from(started.plus(Duration.ofDays(2)).minus(Duration.ofMinutes(20))), submitted,
                    submitted, percent / 10.0, 10.0, percent, 0});
                progressRows += flushIfFull(jdbc, progress, false, PROGRESS);
                attemptRows += flushIfFull(jdbc, attempts, false, ATTEMPTS);
            }
        }
        progressRows += flushIfFull(jdbc, progress, true, PROGRESS);
        attemptRows += flushIfFull(jdbc, attempts, true, ATTEMPTS);
        return new long[] {progressRows, attemptRows};
    }

    private static final String PROGRESS = "insert into lesson_progress (course_id, person_id, item_key, started_at,"
            + " completed_at) values (?, ?, ?, ?, ?)";
    private static final String ATTEMPTS = "insert into quiz_attempt (course_id, course_version, item_key,"
            + " learner_id, attempt_number, state, question_keys, started_at, submitted_at, graded_at, score,"
            + " max_score, grade_percent, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static int flushIfFull(JdbcTemplate jdbc, List<Object[]> rows, boolean last, String sql) {
        if (rows.isEmpty() || !last && rows.size() < BATCH) {
            return 0;
        }
        int written = rows.size();
        jdbc.batchUpdate(sql, rows);
        rows.clear();
        return written;
    }
}
