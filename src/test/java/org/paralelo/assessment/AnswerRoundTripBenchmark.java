package org.paralelo.assessment;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.paralelo.support.As;
import org.paralelo.support.People;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark, not a test: the time of one quiz answer round trip at the service layer — {@code saveAnswer} as the
 * signed-in learner, through method security, the attempt's row lock, validation and the commit — on the
 * embedded H2 file database (or MariaDB with {@code DB_URL}). Prints p50/p95/p99 for a changed answer (a real
 * write) and for the same answer again (the idempotent path, no write).
 *
 * <pre>./mvnw -q -o test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.paralelo.assessment.AnswerRoundTripBenchmark</pre>
 */
public final class AnswerRoundTripBenchmark {

    private static final int WARM_UP = 500;
    private static final int MEASURED = 3000;
    private static final int QUESTIONS = 10;

    private AnswerRoundTripBenchmark() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of("target", "benchmark-data", "answers-" + System.currentTimeMillis());
        String learner = People.uniqueUsername("benchmark");
        try (ConfigurableApplicationContext app = ServicesOnly.start(dataDir)) {
            long attempt = ServicesOnly.publishedQuizAttempt(app, learner, QUESTIONS);
            AttemptService attempts = app.getBean(AttemptService.class);
            List<String> keys = As.user(learner, AttemptFixture.LEARNER, () -> attempts.attempt(attempt)).questions()
                    .stream().map(q -> q.question().key()).toList();
            As.user(learner, AttemptFixture.LEARNER, () -> {
                run(attempts, attempt, keys, WARM_UP, true);
                long[] changed = run(attempts, attempt, keys, MEASURED, true);
                long[] same = run(attempts, attempt, keys, MEASURED, false);
                print("changed answer (write + commit)", changed);
                print("same answer again (idempotent, no write)", same);
            });
        }
        System.exit(0);
    }

    private static long[] run(AttemptService attempts, long attempt, List<String> keys, int times, boolean change) {
        long[] nanos = new long[times];
        for (int i = 0; i < times; i++) {
            String key = keys.get(i % keys.size());
            Response answer = new Response.Text(change ? Integer.toString(i) : "7");
            long start = System.nanoTime();
            attempts.saveAnswer(attempt, key, answer);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("saveAnswer, %s, n = %d: p50 = %.2f ms, p95 = %.2f ms, p99 = %.2f ms, max = %.2f ms%n",
                what, sorted.length, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
