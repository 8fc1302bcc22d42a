package org.paralelo.community;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.paralelo.assessment.ServicesOnly;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.search.SearchRequest;
import org.paralelo.search.SearchService;
import org.paralelo.support.As;
import org.paralelo.support.People;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test: how fast the Network delivers, through the real services. (a) A reply until its poster
 * finds it with search (the index reopens after writes): p50/p95 over {@value #SEARCH_REPLIES} replies. (b) A reply
 * in a thread with {@value #FOLLOWERS} followers until all their notices are written and the mail of those who
 * want replies at once (every other one) is in the outbox: p50/p95 over {@value #FANOUT_REPLIES} replies. Targets
 * (issue #14): 1 s each. H2 by default, MariaDB with {@code DB_URL}. The posters are trainers, whom the posting
 * limits do not slow down; followers are written straight into the tables (hashing 500 passwords is not the point).
 *
 * <pre>./mvnw -q -o test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.paralelo.community.NetworkDeliveryBenchmark</pre>
 */
public final class NetworkDeliveryBenchmark {

    private static final int SEARCH_REPLIES = 60;
    private static final int FOLLOWERS = 500;
    private static final int FANOUT_REPLIES = 12;
    private static final String[] TRAINER = {"TRAINER"};
    private static final long GIVE_UP_NANOS = 30_000_000_000L;

    private NetworkDeliveryBenchmark() {
    }

    public static void main(String[] args) {
        // Mail must be configured for the outbox to be written; the worker never gets to send in this run.
        System.setProperty("paralelo.mail.host", "127.0.0.1");
        System.setProperty("paralelo.mail.port", "9");
        System.setProperty("paralelo.mail.poll-interval", "1h");
        Path dataDir = Path.of("target", "benchmark-data", "delivery-" + System.currentTimeMillis());
        try (ConfigurableApplicationContext app = ServicesOnly.start(dataDir)) {
            AccountService accounts = app.getBean(AccountService.class);
            SpaceService spaces = app.getBean(SpaceService.class);
            ThreadService threads = app.getBean(ThreadService.class);
            SearchService search = app.getBean(SearchService.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            String admin = People.uniqueUsername("admin-bench");
            People.create(accounts, admin, Role.ADMIN);
            String poster = People.uniqueUsername("formadora-bench");
            People.create(accounts, poster, Role.TRAINER);
            SpaceId space = As.user(admin, new String[] {"ADMIN"}, () -> spaces.createCategory("Entrega",
                    "Delivery", "", "", 998));
            replyToSearch(threads, search, space, poster);
            fanOut(threads, jdbc, space, poster);
        }
    }

    private static void replyToSearch(ThreadService threads, SearchService search, SpaceId space, String poster) {
        ThreadId thread = As.user(poster, TRAINER, () -> threads.open(new NewThread(space, ThreadKind.DISCUSSION,
                "Presupuestos de festivales", "Compartan cómo arman el presupuesto anual.")));
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < SEARCH_REPLIES; i++) {
            String word = "clavebench" + Long.toString(System.nanoTime(), 36);
            As.user(poster, TRAINER, () -> threads.reply(new NewReply(thread,
                    "En nuestro municipio usamos " + word + " para el cálculo de costos.", null, null)));
            long returned = System.nanoTime();
            awaitTrue("reply " + i + " in search", () -> !As.user(poster, TRAINER,
                    () -> search.search(SearchRequest.of(word)).hits()).isEmpty());
            nanos.add(System.nanoTime() - returned);
        }
        report("reply until found by search (poster)", nanos, "1 s");
    }

    private static void fanOut(ThreadService threads, JdbcTemplate jdbc, SpaceId space, String poster) {
        ThreadId thread = As.user(poster, TRAINER, () -> threads.open(new NewThread(space, ThreadKind.DISCUSSION,
                "Convocatoria nacional de circulación", "¿Quién se suma a la propuesta conjunta?")));
        seedFollowers(jdbc, thread.value());
        int mailedAtOnce = FOLLOWERS / 2;
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < FANOUT_REPLIES; i++) {
            long from = System.nanoTime();
            PostId post = As.user(poster, TRAINER, () -> threads.reply(new NewReply(thread,
                    "Actualización de la convocatoria.", null, null)));
            String source = "post:" + post.value();
            String messageIds = "<notice.post." + post.value() + ".%";
            awaitTrue("notices and mails of reply " + i, () -> count(jdbc,
                    "select count(*) from notice where source_key = ?", source) == FOLLOWERS
                    && count(jdbc, "select count(*) from mail_outbox where message_id like ?", messageIds)
                    == mailedAtOnce);
            nanos.add(System.nanoTime() - from);
        }
        report(FOLLOWERS + " notices + " + mailedAtOnce + " outbox rows", nanos, "1 s");
    }

    /** Members of a week's standing following the thread; every other one wants replies mailed at once. */
    private static void seedFollowers(JdbcTemplate jdbc, long thread) {
        Timestamp since = Timestamp.from(Instant.now().minus(8, ChronoUnit.DAYS));
        String prefix = "seguidora-" + Long.toString(System.nanoTime(), 36) + "-";
        List<Object[]> people = new ArrayList<>();
        for (int i = 0; i < FOLLOWERS; i++) {
            people.add(new Object[] {prefix + i, prefix + i + "@ejemplo.mx", "Seguidora " + i, since});
        }
        jdbc.batchUpdate("""
                insert into person (username, email, full_name, preferred_language, enabled, created_at, version)
                values (?, ?, ?, 'es-MX', true, ?, 0)""", people);
        List<Long> ids = jdbc.queryForList("select id from person where username like ? order by id", Long.class,
                prefix + "%");
        jdbc.batchUpdate("insert into person_role (person_id, role) values (?, 'LEARNER')",
                ids.stream().map(id -> new Object[] {id}).toList());
        jdbc.batchUpdate("insert into community_follow (thread_id, person_id, following) values (?, ?, true)",
                ids.stream().map(id -> new Object[] {thread, id}).toList());
        jdbc.batchUpdate("""
                insert into mail_preference (person_id, kind, frequency, updated_at)
                values (?, 'COMMUNITY_REPLY', 'IMMEDIATELY', ?)""",
                ids.stream().filter(id -> id % 2 == 0).map(id -> new Object[] {id, since}).toList());
        if (ids.stream().filter(id -> id % 2 == 0).count() != FOLLOWERS / 2) {
            throw new IllegalStateException("expected every other follower to want mail at once");
        }
    }

    private static long count(JdbcTemplate jdbc, String sql, Object argument) {
        Long n = jdbc.queryForObject(sql, Long.class, argument);
        return n == null ? 0 : n;
    }

    private static void awaitTrue(String what, BooleanSupplier done) {
        long giveUp = System.nanoTime() + GIVE_UP_NANOS;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("gave up waiting for " + what);
            }
            // A millisecond between looks: polling flat out would take the CPU from the work being timed.
            LockSupport.parkNanos(1_000_000);
        }
    }

    private static void report(String what, List<Long> nanos, String target) {
        Collections.sort(nanos);
        int n = nanos.size();
        System.out.printf(Locale.ROOT, "%-40s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (%d runs, target %s)%n",
                what, nanos.get(n / 2) / 1e6, nanos.get(n * 95 / 100) / 1e6, nanos.getLast() / 1e6, n, target);
    }
}
