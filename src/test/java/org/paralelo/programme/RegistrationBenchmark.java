package org.paralelo.programme;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.paralelo.assessment.ServicesOnly;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark, not a test: 415 people register for one 30-seat session from 50 threads at once, through the real
 * service (method security, the session's row lock, the commit) on H2, or MariaDB with {@code DB_URL}. Prints
 * seats taken, the wait list's length and order, and p50/p95/max per registration.
 *
 * <pre>DB_URL=jdbc:mariadb://127.0.0.1:3306/paralelo_programme DB_USER=root DB_PASSWORD= \
 * ./mvnw -q -o test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.paralelo.programme.RegistrationBenchmark</pre>
 */
public final class RegistrationBenchmark {

    private static final int PEOPLE = 415;
    private static final int SEATS = 30;
    private static final int THREADS = 50;

    private RegistrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of("target", "benchmark-data", "registration-" + System.currentTimeMillis());
        try (ConfigurableApplicationContext app = ServicesOnly.start(dataDir)) {
            AccountService accounts = app.getBean(AccountService.class);
            RunService runs = app.getBean(RunService.class);
            SessionService sessions = app.getBean(SessionService.class);
            SessionRegistrationService registration = app.getBean(SessionRegistrationService.class);
            RunFixture fixture = new RunFixture(accounts, app.getBean(CourseAuthoringService.class),
                    app.getBean(PublishingService.class), runs);
            SessionId session = As.user(fixture.owner, Courses.TRAINER, () -> sessions.create(fixture.sureste,
                    new SessionDraft("Taller", SessionKind.WORKSHOP, SessionServiceTest.NEXT_YEAR,
                            LocalTime.of(10, 0), LocalTime.of(12, 0), "Casa de la Cultura", "Centro", "Oaxaca",
                            MexicanState.OAX, SEATS, Set.of(), "", 0))).id();
            List<String> people = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                String learner = RunFixture.learner(accounts);
                As.user(learner, LearningFixture.LEARNER, () -> runs.join(fixture.sureste));
                people.add(learner);
            }
            ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(people);
            ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            long began = System.nanoTime();
            for (int t = 0; t < THREADS; t++) {
                pool.submit(() -> {
                    start.await();
                    for (String next = queue.poll(); next != null; next = queue.poll()) {
                        long from = System.nanoTime();
                        As.user(next, LearningFixture.LEARNER, () -> registration.register(session));
                        nanos.add(System.nanoTime() - from);
                    }
                    return null;
                });
            }
            start.countDown();
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.MINUTES);
            double wall = (System.nanoTime() - began) / 1e9;
            List<Registration> all = As.user(fixture.owner, Courses.TRAINER,
                    () -> registration.registrations(session));
            long seated = all.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED).count();
            List<Registration> waiting = all.stream().filter(r -> r.status() == RegistrationStatus.WAITING).toList();
            boolean ordered = true;
            for (int i = 0; i < waiting.size(); i++) {
                ordered &= waiting.get(i).waitPosition() == i + 1
                        && (i == 0 || !waiting.get(i).requestedAt().isBefore(waiting.get(i - 1).requestedAt()));
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("registrations: %d of %d done in %.1f s from %d threads; seats taken %d of %d; "
                            + "wait list %d, positions 1..%d in request order: %b%n", sorted.length, PEOPLE, wall,
                    THREADS, seated, SEATS, waiting.size(), waiting.size(), ordered);
            System.out.printf("per registration: p50 = %.1f ms, p95 = %.1f ms, max = %.1f ms%n", ms(sorted, 0.50),
                    ms(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
        }
        System.exit(0);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
