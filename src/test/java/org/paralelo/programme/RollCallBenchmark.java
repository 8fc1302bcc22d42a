package org.paralelo.programme;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.paralelo.assessment.ServicesOnly;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.CourseCompleted;
import org.paralelo.learning.LearningFixture;
import org.paralelo.learning.ProgressService;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PersonId;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Benchmark, not a test: a facilitator takes the roll of 60 registered people, one tap (one
 * {@link AttendanceService#mark} call) each, on a run that requires attendance at its one session; everyone has
 * done the online part, so each "present" makes learning re-evaluate completion after the commit and complete the
 * course. Prints p50/p95/max per mark, the whole roll call, and from each mark's return to that person's
 * {@link CourseCompleted} (the re-evaluation the mark triggered). H2, or MariaDB with {@code DB_URL}. The session
 * starts 20 minutes after launch (venue time, Oaxaca), so run it before 22:30 there.
 *
 * <pre>DB_URL=jdbc:mariadb://127.0.0.1:3306/p_progattend DB_USER=root DB_PASSWORD= \
 * ./mvnw -q -o test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.paralelo.programme.RollCallBenchmark</pre>
 */
public final class RollCallBenchmark {

    private static final int PEOPLE = 60;
    private static final long WAIT_FOR_COMPLETIONS_MS = 120_000;

    private RollCallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of("target", "benchmark-data", "rollcall-" + System.currentTimeMillis());
        try (ConfigurableApplicationContext app = ServicesOnly.start(dataDir)) {
            Map<Long, Long> completedAt = new ConcurrentHashMap<>();
            app.addApplicationListener(event -> {
                if (event instanceof PayloadApplicationEvent<?> payload
                        && payload.getPayload() instanceof CourseCompleted done) {
                    completedAt.putIfAbsent(done.learner().value(), System.nanoTime());
                }
            });
            AccountService accounts = app.getBean(AccountService.class);
            RunService runs = app.getBean(RunService.class);
            SessionService sessions = app.getBean(SessionService.class);
            AttendanceService attendance = app.getBean(AttendanceService.class);
            SessionRegistrationService registration = app.getBean(SessionRegistrationService.class);
            ProgressService progress = app.getBean(ProgressService.class);
            LearningFixture course = new LearningFixture(accounts, app.getBean(CourseAuthoringService.class),
                    app.getBean(PublishingService.class));
            RunId run = As.user(course.trainer, Courses.TRAINER, () -> runs.create(course.course,
                    RunFixture.draft("Sureste", Set.of(), null)));
            As.user(course.trainer, Courses.TRAINER, () -> runs.requireAttendance(run,
                    new AttendanceRequirement(1, null, false)));
            SessionId session = As.user(course.trainer, Courses.TRAINER, () -> sessions.create(run,
                    startingSoon(app.getBean(Clock.class)))).id();
            List<PersonId> people = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                String learner = LearningFixture.learner(accounts);
                As.user(learner, LearningFixture.LEARNER, () -> {
                    runs.join(run);
                    registration.register(session);
                    progress.completeLesson(course.course, course.lesson1);
                    progress.completeLesson(course.course, course.lesson2);
                });
                people.add(LearningFixture.learnerId(accounts, learner));
            }
            Map<Long, Long> markedAt = new ConcurrentHashMap<>();
            long[] perMark = new long[PEOPLE];
            long began = System.nanoTime();
            As.user(course.trainer, Courses.TRAINER, () -> {
                for (int i = 0; i < PEOPLE; i++) {
                    long from = System.nanoTime();
                    attendance.mark(session, people.get(i), AttendanceMark.PRESENT, AttendanceSource.ROLL_CALL);
                    long to = System.nanoTime();
                    perMark[i] = to - from;
                    markedAt.put(people.get(i).value(), to);
                }
            });
            double rollCall = (System.nanoTime() - began) / 1e6;
            long deadline = System.currentTimeMillis() + WAIT_FOR_COMPLETIONS_MS;
            while (!completedAt.keySet().containsAll(markedAt.keySet()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            double untilLast = (completedAt.values().stream().mapToLong(Long::longValue).max().orElse(began) - began)
                    / 1e6;
            long[] toCompletion = markedAt.entrySet().stream().filter(e -> completedAt.containsKey(e.getKey()))
                    .mapToLong(e -> Math.max(0, completedAt.get(e.getKey()) - e.getValue())).sorted().toArray();
            long[] marks = perMark.clone();
            java.util.Arrays.sort(marks);
            System.out.printf("roll call: %d marks in %.0f ms; per mark p50 = %.1f ms, p95 = %.1f ms, max = %.1f ms%n",
                    PEOPLE, rollCall, ms(marks, 0.50), ms(marks, 0.95), marks[marks.length - 1] / 1e6);
            System.out.printf("completion: %d of %d completed; mark → completion p50 = %.1f ms, p95 = %.1f ms, "
                            + "max = %.1f ms; last completion %.0f ms after the first tap%n", toCompletion.length,
                    PEOPLE, ms(toCompletion, 0.50), ms(toCompletion, 0.95),
                    toCompletion.length == 0 ? Double.NaN : toCompletion[toCompletion.length - 1] / 1e6, untilLast);
        }
        System.exit(0);
    }

    /** A one-hour workshop in Oaxaca starting in 20 minutes (venue time), so "present" marks are accepted. */
    private static SessionDraft startingSoon(Clock clock) {
        ZoneId zone = VenueZones.of(MexicanState.OAX);
        ZonedDateTime start = ZonedDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(20);
        LocalTime end = start.toLocalTime().plusHours(1);
        return new SessionDraft("Pase de lista", SessionKind.WORKSHOP, start.toLocalDate(), start.toLocalTime(), end,
                "Casa de la Cultura", "Centro", "Oaxaca de Juárez", MexicanState.OAX, null, Set.of(), "", 0);
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
