package org.paralelo.people.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.BenchmarkServer;
import org.paralelo.support.People;

/**
 * Benchmark, not a test: a class of 300 signing in within 10 seconds, through the real login form on a real
 * Tomcat (CSRF token, form post, Argon2id at 19 MiB, session change). Prints p50/p95/max sign-in time, errors, and
 * the heap's peak (sampled every 10 ms, and each heap pool's peak summed). Run with {@code -Xmx2g}; add
 * {@code -Dparalelo.login.concurrent-hashes=300} to see the same storm without the bound.
 *
 * <pre>java -Xmx2g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.paralelo.people.security.SignInStormBenchmark [sign-ins] [seconds]</pre>
 */
public final class SignInStormBenchmark {

    private SignInStormBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int signIns = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String slots = System.getProperty("paralelo.login.concurrent-hashes", "0");
        try (BenchmarkServer server = BenchmarkServer.start("storm", "paralelo.login.concurrent-hashes=" + slots);
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            AccountService accounts = server.app.getBean(AccountService.class);
            List<String> learners = new ArrayList<>();
            List<Future<?>> created = new ArrayList<>();
            for (int i = 0; i < signIns; i++) {
                String name = People.uniqueUsername("tormenta");
                learners.add(name);
                created.add(threads.submit(() -> People.create(accounts, name, Role.LEARNER)));
            }
            for (Future<?> f : created) {
                f.get();
            }
            System.out.printf("[scale] %d learners created; live heap before the storm %,d MB; max heap %,d MB;"
                    + " hash slots %s%n", signIns, BenchmarkServer.liveHeap() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, "0".equals(slots) ? PasswordHashing.defaultSlots() : slots);

            AtomicLong sampledPeak = new AtomicLong();
            AtomicBoolean storming = new AtomicBoolean(true);
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (storming.get()) {
                    sampledPeak.accumulateAndGet(BenchmarkServer.heapUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            BenchmarkServer.resetHeapPeaks();
            ConcurrentLinkedQueue<Long> millis = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            long start = System.nanoTime();
            long gap = TimeUnit.SECONDS.toNanos(seconds) / signIns;
            List<Future<?>> storm = new ArrayList<>();
            for (int i = 0; i < signIns; i++) {
                long due = start + i * gap;
                String name = learners.get(i);
                storm.add(threads.submit(() -> {
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    long begin = System.nanoTime();
                    try {
                        server.signIn(name, People.PASSWORD);
                        millis.add((System.nanoTime() - begin) / 1_000_000);
                    } catch (Exception | OutOfMemoryError e) {
                        errors.add(e.toString());
                    }
                    return null;
                }));
            }
            for (Future<?> f : storm) {
                f.get();
            }
            double total = (System.nanoTime() - start) / 1e9;
            storming.set(false);
            sampler.join();
            long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("[scale] sign-in storm: %d sign-ins started over %d s, all done after %.1f s; ok %d, "
                    + "errors %d%n", signIns, seconds, total, sorted.length, errors.size());
            if (sorted.length > 0) {
                System.out.printf("[scale] sign-in time p50 %,d ms, p95 %,d ms, max %,d ms%n", at(sorted, 0.50),
                        at(sorted, 0.95), sorted[sorted.length - 1]);
            }
            System.out.printf("[scale] heap peak during the storm: sampled %,d MB, sum of pool peaks %,d MB "
                    + "(target <= 1,536 MB with -Xmx2g)%n", sampledPeak.get() >> 20,
                    BenchmarkServer.heapPoolPeaks() >> 20);
            errors.stream().distinct().limit(5).forEach(e -> System.out.println("[scale] error: " + e));
        }
        System.exit(0);
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
