package org.paralelo.reporting;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.paralelo.assessment.ServicesOnly;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.people.RegionScope;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Coordinators;
import org.paralelo.support.Courses;
import org.paralelo.support.People;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test: a generated programme of 10,000 learners in the nine regions (32 states, 300
 * municipalities, directors and practitioners) with 20 courses and about 100,000 rows of the progress summary
 * (each person in half the courses; some active, some finished, some certified, with quiz results), written with
 * plain SQL. Then the dashboard's server time, p50/p95/max over 40 calls after 5 warm-ups, for the whole programme
 * (an admin), for one region (its coordinator) and for the people export of a region; then the funder PDF of the
 * whole programme (three times) and a 100,000-row XLSX streamed with the heap's growth. H2 by default, MariaDB
 * with {@code DB_URL}; {@code -Dbenchmark.dashboardOnly=true} stops after the dashboard measures. With
 * {@code -Dbenchmark.full=true} the courses are real and the full set of raw
 * activity is added (1,000,000 lesson-progress rows, 200,000 quiz attempts; see {@link FullSizeActivity}).
 *
 * <pre>./mvnw -q -o test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.paralelo.reporting.DashboardBenchmark</pre>
 */
public final class DashboardBenchmark {

    private static final int PEOPLE = 10_000;
    private static final int COURSES = 20;
    private static final int RUNS = 40;
    /**
     * {@code -Dbenchmark.full=true}: the full set, 20 real courses and, behind the summary, 1,000,000
     * lesson-progress rows and 200,000 quiz attempts ({@link FullSizeActivity}).
     */
    private static final boolean FULL_SIZE = Boolean.getBoolean("benchmark.full");
    /** {@code -Dbenchmark.dashboardOnly=true}: the three dashboard measures only (no funder PDF, no XLSX). */
    private static final boolean DASHBOARD_ONLY = Boolean.getBoolean("benchmark.dashboardOnly");

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of("target", "benchmark-data", "dashboard-" + System.currentTimeMillis());
        try (ConfigurableApplicationContext app = ServicesOnly.start(dataDir)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Clock clock = app.getBean(Clock.class);
            List<RegionView> regions = As.admin(() -> app.getBean(RegionService.class).list());
            long started = System.nanoTime();
            List<Long> courses = FULL_SIZE ? realCourses(app) : syntheticCourses();
            int rows = generate(jdbc, regions, courses, clock.instant(), PEOPLE);
            System.out.printf("generated %,d people and %,d summary rows in %.1f s%n", PEOPLE, rows,
                    (System.nanoTime() - started) / 1e9);
            if (FULL_SIZE) {
                started = System.nanoTime();
                long[] activity = FullSizeActivity.generate(jdbc, jdbc.queryForList(
                        "select id from person where username like 'bench%' order by id", Long.class), courses,
                        clock.instant());
                System.out.printf("generated %,d lesson-progress rows and %,d quiz attempts in %.1f s%n",
                        activity[0], activity[1], (System.nanoTime() - started) / 1e9);
            }
            String coordinator = Coordinators.coordinator(app.getBean(AccountService.class),
                    RegionScope.of(Set.of(regions.getFirst().id())));
            DashboardService dashboards = app.getBean(DashboardService.class);
            ReportPeriod year = ReportPeriod.yearTo(LocalDate.now(clock.withZone(ProgrammeZone.ZONE)));
            Locale spanish = Locale.forLanguageTag("es-MX");
            measure("programme (admin)", () -> As.admin(() -> dashboards.dashboard(year, Place.PROGRAMME, spanish)));
            measure("one region (coordinator)", () -> As.user(coordinator, Coordinators.COORDINATOR,
                    () -> dashboards.dashboard(year, Place.region(regions.getFirst().id()), spanish)));
            measure("people export rows of a region", () -> As.user(coordinator, Coordinators.COORDINATOR,
                    () -> dashboards.people(year, Place.region(regions.getFirst().id()), spanish)));
            if (DASHBOARD_ONLY) {
                return;
            }
            FunderReportService funder = app.getBean(FunderReportService.class);
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                CountingStream pdf = new CountingStream();
                As.admin(() -> funder.writePdf(year, spanish, pdf));
                System.out.printf("funder PDF, whole programme (admin) %5d ms  %,d bytes%n",
                        (System.nanoTime() - start) / 1_000_000, pdf.count);
            }
            XlsxHeapBenchmark.main(new String[0]);
        }
    }

    /** Counts the bytes written and keeps none. */
    static final class CountingStream extends java.io.OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** Course ids without courses: enough for the summary table, which has no foreign key to course. */
    private static List<Long> syntheticCourses() {
        List<Long> ids = new ArrayList<>();
        for (int course = 1; course <= COURSES; course++) {
            ids.add(100_000L + course);
        }
        return ids;
    }

    /** Twenty courses made through the authoring service, for the raw activity's foreign keys. */
    private static List<Long> realCourses(ConfigurableApplicationContext app) {
        String trainer = People.uniqueUsername("imparte-bench");
        People.create(app.getBean(AccountService.class), trainer, Role.TRAINER);
        List<Long> ids = new ArrayList<>();
        for (int course = 1; course <= COURSES; course++) {
            ids.add(Courses.withOneLesson(app.getBean(CourseAuthoringService.class), trainer, "Curso " + course)
                    .value());
        }
        return ids;
    }

    /** That many learners spread over the regions, and their summary rows (written straight into the tables). */
    static int generate(JdbcTemplate jdbc, List<RegionView> regions, List<Long> courses, Instant now, int count) {
        Random random = new Random(13);
        MexicanState[] states = MexicanState.values();
        List<Object[]> people = new ArrayList<>();
        String prefix = "bench" + Long.toString(System.nanoTime() % 1_000_000, 36);
        for (int i = 0; i < count; i++) {
            String username = prefix + "-" + i;
            int state = random.nextInt(states.length);
            people.add(new Object[] {username, username + "@ejemplo.mx", "x", "Persona " + i, "es-MX",
                states[state].name(), "Municipio " + state + "-" + random.nextInt(10),
                regions.get(i % regions.size()).id(), i % 2 == 0 ? "MUNICIPAL_CULTURE_DIRECTOR" : "CULTURAL_PROMOTER",
                true, Timestamp.from(now), 0});
        }
        jdbc.batchUpdate("insert into person (username, email, password_hash, full_name, preferred_language,"
                + " state_code, municipality, region_id, position_code, enabled, created_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", people);
        jdbc.update("insert into person_role (person_id, role) select id, 'LEARNER' from person where username like ?",
                prefix + "-%");
        List<Long> ids = jdbc.queryForList("select id from person where username like ?", Long.class, prefix + "-%");
        List<Object[]> summary = new ArrayList<>();
        for (long person : ids) {
            for (long course : courses) {
                if (random.nextBoolean()) {
                    continue;
                }
                Instant enrolled = now.minus(Duration.ofDays(random.nextInt(300)));
                Instant active = random.nextInt(3) == 0 ? null : enrolled.plus(Duration.ofDays(random.nextInt(60)));
                Instant done = active != null && random.nextInt(3) == 0 ? active : null;
                Instant certified = done != null && random.nextBoolean() ? done : null;
                summary.add(new Object[] {course, person, ts(enrolled), ts(active), ts(done),
                    ts(certified), active == null ? null : 40 + random.nextInt(60), ts(now)});
            }
        }
        jdbc.batchUpdate("insert into report_progress (course_id, person_id, enrolled_at, last_activity_at,"
                + " completed_at, certified_at, quiz_percent, refreshed_at) values (?, ?, ?, ?, ?, ?, ?, ?)", summary);
        return summary.size();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static void measure(String what, Supplier<Object> call) {
        for (int i = 0; i < 5; i++) {
            call.get();
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("%-32s p50 %4d ms  p95 %4d ms  max %4d ms%n", what, times[RUNS / 2] / 1_000_000,
                times[(int) Math.ceil(RUNS * 0.95) - 1] / 1_000_000, times[RUNS - 1] / 1_000_000);
    }
}
