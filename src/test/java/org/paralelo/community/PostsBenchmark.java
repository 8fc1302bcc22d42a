package org.paralelo.community;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.paralelo.assessment.ServicesOnly;
import org.paralelo.base.MarkdownRenderer;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.People;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test: 100,000 posts in 5,000 threads of one category (written straight into the tables in
 * batches, as a busy network would have them), plus one thread of 2,000 replies. Then, through the real services
 * (method security, access rules, names, read markers): the space's thread list (first page of 30), a thread's
 * page (header, opening post and a page of 20 replies, the reader's marker moved), and the last page of the
 * 2,000-reply thread. Prints p50/p95/max per operation. H2 by default, MariaDB with {@code DB_URL}.
 *
 * <pre>./mvnw -q -o test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.paralelo.community.PostsBenchmark</pre>
 */
public final class PostsBenchmark {

    private static final int THREADS = 5_000;
    private static final int POSTS_PER_THREAD = 20;
    private static final int LONG_THREAD = 2_000;
    private static final int RUNS = 300;

    private PostsBenchmark() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of("target", "benchmark-data", "posts-" + System.currentTimeMillis());
        try (ConfigurableApplicationContext app = ServicesOnly.start(dataDir)) {
            AccountService accounts = app.getBean(AccountService.class);
            SpaceService spaces = app.getBean(SpaceService.class);
            ThreadService threads = app.getBean(ThreadService.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            String admin = People.uniqueUsername("admin-bench");
            People.create(accounts, admin, Role.ADMIN);
            List<Long> authors = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String name = People.uniqueUsername("miembro-bench");
                People.create(accounts, name, Role.LEARNER);
                authors.add(As.user(admin, new String[] {"ADMIN"}, () -> accounts.idOf(name)).map(PersonId::value)
                        .orElseThrow());
            }
            String reader = People.uniqueUsername("lectora-bench");
            People.create(accounts, reader, Role.LEARNER);
            SpaceId space = As.user(admin, new String[] {"ADMIN"}, () -> spaces.createCategory("Banco de pruebas",
                    "Benchmark", "", "", 999));
            long began = System.nanoTime();
            long longThread = seed(jdbc, space.value(), authors);
            System.out.printf(Locale.ROOT, "seeded %,d posts in %,d threads (+%,d replies in one) in %.1f s%n",
                    THREADS * POSTS_PER_THREAD, THREADS, LONG_THREAD, (System.nanoTime() - began) / 1e9);
            String[] learner = {"LEARNER"};
            Random random = new Random(7);
            for (int i = 0; i < 30; i++) {
                As.user(reader, learner, () -> threads.threads(space, 0, 30));
            }
            report("space list (30 threads)", () -> As.user(reader, learner, () -> threads.threads(space, 0, 30)));
            List<ThreadSummary> firstPage = As.user(reader, learner, () -> threads.threads(space, 0, 30));
            long someThread = firstPage.get(5).id().value();
            report("thread page (header + 20 replies)", () -> As.user(reader, learner, () -> {
                ThreadId id = new ThreadId(someThread - random.nextInt(THREADS - 10));
                threads.thread(id);
                List<PostView> page = threads.replies(id, 1, 20);
                threads.markSeen(id, page.isEmpty() ? 0 : page.getLast().seq());
                return page;
            }));
            report("last page of the 2,000-reply thread", () -> As.user(reader, learner, () -> {
                ThreadId id = new ThreadId(longThread);
                threads.thread(id);
                return threads.replies(id, LONG_THREAD - 19, 20);
            }));
        }
    }

    private static long seed(JdbcTemplate jdbc, long space, List<Long> authors) {
        String body = "Compartimos la experiencia del festival de la región con **datos** de asistencia y costos.";
        String html = new MarkdownRenderer().toSafeHtml(body);
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).minusDays(60);
        long last = 0;
        for (int t = 0; t < THREADS + 1; t++) {
            boolean big = t == THREADS;
            int replies = big ? LONG_THREAD : POSTS_PER_THREAD - 1;
            LocalDateTime at = start.plusMinutes(t * 10L);
            jdbc.update("""
                    insert into community_thread (space_id, kind, title, author_id, pinned, closed, hidden, post_count,
                      created_at, last_post_at, version) values (?, 'DISCUSSION', ?, ?, false, false, false, ?, ?, ?, 0)""",
                    space, "Tema de prueba " + t, authors.get(t % authors.size()), replies, at, at.plusMinutes(replies));
            long thread = jdbc.queryForObject("select max(id) from community_thread", Long.class);
            List<Object[]> rows = new ArrayList<>();
            for (int seq = 0; seq <= replies; seq++) {
                rows.add(new Object[] {thread, seq, authors.get((t + seq) % authors.size()), body, html,
                        at.plusMinutes(seq)});
            }
            jdbc.batchUpdate("""
                    insert into community_post (thread_id, seq, author_id, body, html, useful_count, hidden, created_at,
                      edited_shown, version) values (?, ?, ?, ?, ?, 0, false, ?, false, 0)""", rows);
            last = thread;
        }
        jdbc.update("update community_space set thread_count = ? where id = ?", THREADS + 1, space);
        return last;
    }

    private static void report(String what, Supplier<?> operation) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long from = System.nanoTime();
            operation.get();
            nanos.add(System.nanoTime() - from);
        }
        Collections.sort(nanos);
        System.out.printf(Locale.ROOT, "%-40s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d runs)%n", what,
                nanos.get(RUNS / 2) / 1e6, nanos.get(RUNS * 95 / 100) / 1e6, nanos.getLast() / 1e6, RUNS);
    }
}
