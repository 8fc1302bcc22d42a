package org.paralelo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The search benchmark (not part of the test run: the class name does not end in "Test"). Run it with
 * {@code ./mvnw -B test -Pbenchmark-search} (add {@code -Dbenchmark.docs=10000} for a quick check). It generates
 * synthetic Spanish documents from the sample library's vocabulary and reports indexing speed, full rebuild time,
 * query latencies through the search service (permission filter, facets, snippets) and through raw Lucene on the
 * same index side by side, and publish → visible through the real event path. The table goes to stdout and
 * target/search-benchmark.md.
 */
@ParaleloSpringTest
@TestPropertySource(properties = "paralelo.search.stages=true")
class SearchBenchmark {

    private static final int PER_COURSE = 100;

    @Autowired
    LuceneIndex index;
    @Autowired
    SearchService search;
    @Autowired
    ChangeFollower indexer;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    PublishingService publishing;
    @Autowired
    AccountService accounts;
    @Autowired
    SearchStages stages;

    @Test
    void run() throws Exception {
        int docs = Integer.getInteger("benchmark.docs", 100_000);
        int queries = Integer.getInteger("benchmark.queries", 500);
        Vocabulary words = Vocabulary.fromSamples();
        int courses = (docs + PER_COURSE - 1) / PER_COURSE;
        long courseBase = 1_000_000_000L;
        // The synthetic text is made first: only building the Lucene documents and indexing them is timed.
        List<List<IndexDoc>> texts = IntStream.range(0, courses).mapToObj(c -> IntStream.range(0,
                        Math.min(PER_COURSE, docs - c * PER_COURSE))
                .mapToObj(i -> words.document(courseBase + c, c * PER_COURSE + i)).toList()).toList();
        IntFunction<List<Document>> group = c -> texts.get(c).stream().map(IndexDoc::toDocument).toList();

        // 1. Incremental indexing, one course (100 documents) per upsert, as the indexer does.
        long start = System.nanoTime();
        long sequence = 0;
        for (int c = 0; c < courses; c++) {
            sequence = index.replaceGroup(IndexDoc.group(courseBase + c, Fields.PUBLISHED), group.apply(c));
        }
        index.awaitVisible(sequence);
        double indexSeconds = seconds(start);

        // 2. Full rebuild into a fresh directory and swap.
        start = System.nanoTime();
        index.rebuild(IntStream.range(0, courses).mapToObj(group), () -> { });
        double rebuildSeconds = seconds(start);

        // 3. Queries: through the service and through raw Lucene, same index, same words.
        Set<Long> readable = IntStream.range(0, courses).mapToObj(c -> courseBase + c).collect(Collectors.toSet());
        PermissionFilter learner = new PermissionFilter(false, readable, Set.of());
        Random random = new Random(7);
        Map<String, double[]> service = new LinkedHashMap<>();
        Map<String, double[]> raw = new LinkedHashMap<>();
        StringBuilder stageTables = new StringBuilder();
        for (String kind : List.of("term", "AND", "phrase", "highlighted")) {
            List<String[]> picks = IntStream.range(0, queries + 100).mapToObj(i -> words.pick(kind, random)).toList();
            stages.reset();
            Map<String, Double> slowest = new HashMap<>();
            service.put(kind, time(picks, q -> As.user("benchmark", new String[] {"LEARNER"},
                    () -> search.search(SearchRequest.of(text(kind, q)), learner)), (q, ms) -> slowest.put(
                    text(kind, q) + " (" + As.user("benchmark", new String[] {"LEARNER"},
                            () -> search.search(SearchRequest.of(text(kind, q)), learner)).total() + " hits)", ms)));
            stageTables.append("\nStages of the service, ").append(kind)
                    .append(" (mean ms per search, warm-up included; times run)\n\n| Stage | ms | runs |\n"
                            + "|---|---|---|\n").append(stages.report(queries + 100))
                    .append("\nSlowest: ").append(slowest.entrySet().stream()
                            .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
                            .map(e -> String.format(Locale.ROOT, "%s %.1f ms", e.getKey(), e.getValue()))
                            .collect(Collectors.joining("; "))).append('\n');
            raw.put(kind, time(picks, q -> index.search(searcher -> rawQuery(searcher, kind, q, learner)),
                    (q, ms) -> { }));
        }

        // 4. Publish → visible, through the real path (transaction, event after commit, indexer queue, refresh).
        String trainer = People.uniqueUsername("bench");
        People.create(accounts, trainer, Role.TRAINER);
        String learnerName = People.uniqueUsername("bench-lector");
        People.create(accounts, learnerName, Role.LEARNER);
        List<Double> visible = new ArrayList<>();
        for (int run = 0; run < 10; run++) {
            int i = run;
            String secret = "zorzal" + (char) ('a' + i) + "visible";
            CourseId course = As.user(trainer, Courses.TRAINER, () -> {
                CourseId c = authoring.createCourse(Courses.details("Publicación " + i));
                String module = authoring.addModule(c, "Módulo", "Objetivos");
                String key = authoring.addItem(c, module, ItemKind.LESSON, "Lección", true);
                authoring.saveLesson(c, key, "Texto " + secret, authoring.lesson(c, key).version());
                return c;
            });
            indexer.awaitIdle();
            long published = System.nanoTime();
            As.user(trainer, Courses.TRAINER, () -> publishing.publish(course));
            while (As.user(learnerName, new String[] {"LEARNER"}, () -> search.search(SearchRequest.of(secret)))
                    .total() == 0) {
                if (seconds(published) > 10) {
                    break;
                }
                Thread.sleep(5);
            }
            visible.add(seconds(published) * 1000);
        }
        double[] publish = visible.stream().mapToDouble(Double::doubleValue).sorted().toArray();

        String table = report(docs, queries, indexSeconds, rebuildSeconds, service, raw, publish) + stageTables;
        System.out.println(table);
        Files.writeString(Path.of("target", "search-benchmark.md"), table, StandardCharsets.UTF_8);
    }

    private static String text(String kind, String[] words) {
        return switch (kind) {
            case "term" -> words[0];
            case "phrase" -> "\"" + words[0] + " " + words[1] + "\"";
            default -> words[0] + " " + words[1];
        };
    }

    private static int rawQuery(IndexSearcher searcher, String kind, String[] words, PermissionFilter filter) {
        try {
            // Raw Lucene gets the analysed terms directly: no parsing, no facets, no suggestions.
            List<String> terms = Arrays.stream(words).map(w -> SpanishAnalysisTest.terms(
                    Analyzers.spanish(null), w).getFirst()).toList();
            Query words0 = new TermQuery(new Term(Fields.BODY_ES, terms.get(0)));
            Query query = switch (kind) {
                case "term" -> words0;
                case "phrase" -> new PhraseQuery(Fields.BODY_ES, terms.get(0), terms.get(1));
                default -> new BooleanQuery.Builder().add(words0, Occur.MUST)
                        .add(new TermQuery(new Term(Fields.BODY_ES, terms.get(1))), Occur.MUST).build();
            };
            Query filtered = new BooleanQuery.Builder().add(query, Occur.MUST).add(filter.query(), Occur.FILTER)
                    .build();
            TopDocs top = searcher.search(filtered, 10);
            if (kind.equals("highlighted")) {
                UnifiedHighlighter.builder(searcher, Analyzers.forIndexing()).build()
                        .highlight(Fields.BODY_ES, query, top, 2);
            }
            return top.scoreDocs.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Milliseconds per query after 100 warm-up queries, sorted; the slowest twenty are also handed to {@code slow}. */
    private static double[] time(List<String[]> picks, Consumer<String[]> query, BiConsumer<String[], Double> slow) {
        for (String[] warm : picks.subList(0, 100)) {
            query.accept(warm);
        }
        double[] millis = new double[picks.size() - 100];
        for (int i = 100; i < picks.size(); i++) {
            long start = System.nanoTime();
            query.accept(picks.get(i));
            millis[i - 100] = (System.nanoTime() - start) / 1e6;
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double cut = sorted[Math.max(0, sorted.length - 20)];
        for (int i = 0; i < millis.length; i++) {
            if (millis[i] >= cut) {
                slow.accept(picks.get(i + 100), millis[i]);
            }
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String report(int docs, int queries, double indexSeconds, double rebuildSeconds,
                                 Map<String, double[]> service, Map<String, double[]> raw, double[] publish) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Search benchmark %s: %,d synthetic Spanish documents, %d queries per "
                + "kind after 100 warm-up, %d cores, Java %s%n%n", LocalDate.now(), docs, queries,
                Runtime.getRuntime().availableProcessors(), Runtime.version()));
        out.append("| Measure | Figure | Target |\n|---|---|---|\n");
        out.append(String.format(Locale.ROOT, "| Indexing (upserts of 100 docs, until searchable) | %,.0f docs/s "
                + "(%.1f s) | ≥ 3,000 docs/s |%n", docs / indexSeconds, indexSeconds));
        out.append(String.format(Locale.ROOT, "| Full rebuild into a fresh directory + swap | %.1f s | ≤ 60 s |%n",
                rebuildSeconds));
        out.append(String.format(Locale.ROOT, "| Publish → visible to a learner (10 runs) | p50 %.0f ms, max %.0f ms"
                + " | ≤ 1 s |%n%n", percentile(publish, 50), publish[publish.length - 1]));
        out.append("| Query (ms) | Service p50 | Service p95 | Service p99 | Raw Lucene p50 | Raw p95 | Raw p99 |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (String kind : service.keySet()) {
            double[] s = service.get(kind);
            double[] r = raw.get(kind);
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", kind,
                    percentile(s, 50), percentile(s, 95), percentile(s, 99), percentile(r, 50), percentile(r, 95),
                    percentile(r, 99)));
        }
        out.append("\nThe service always parses the input, applies the permission filter, counts four facets, "
                + "highlights two snippets per hit and may look for a spelling suggestion; raw Lucene runs the same "
                + "query with the same permission filter, top 10 only, and highlights only in the last row.\n");
        return out.toString();
    }

    /** Words of the sample library with their frequencies; documents are drawn from them. */
    record Vocabulary(List<String> words, double[] cumulative, List<String[]> bigrams) {

        static Vocabulary fromSamples() throws IOException {
            Map<String, Integer> counts = new HashMap<>();
            List<String[]> bigrams = new ArrayList<>();
            try (Stream<Path> files = Files.walk(Path.of("content-samples"))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".md") && p.toString().contains("lessons"))
                        .filter(p -> !p.toString().contains("cultural-policy")).toList()) {
                    String[] tokens = Files.readString(file).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
                    for (int i = 0; i < tokens.length; i++) {
                        if (tokens[i].length() > 3) {
                            counts.merge(tokens[i], 1, Integer::sum);
                            if (i + 1 < tokens.length && tokens[i + 1].length() > 3) {
                                bigrams.add(new String[] {tokens[i], tokens[i + 1]});
                            }
                        }
                    }
                }
            }
            List<String> words = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue()
                    .reversed()).map(Map.Entry::getKey).toList();
            double[] cumulative = new double[words.size()];
            double sum = 0;
            for (int i = 0; i < words.size(); i++) {
                sum += counts.get(words.get(i));
                cumulative[i] = sum;
            }
            return new Vocabulary(words, cumulative, bigrams);
        }

        String word(Random random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int at = Arrays.binarySearch(cumulative, target);
            return words.get(Math.min(words.size() - 1, at < 0 ? -at - 1 : at));
        }

        String[] pick(String kind, Random random) {
            if (kind.equals("phrase")) {
                return bigrams.get(random.nextInt(bigrams.size()));
            }
            return new String[] {word(random), word(random)};
        }

        IndexDoc document(long course, int n) {
            Random random = new Random(n);
            String title = IntStream.range(0, 6).mapToObj(i -> word(random)).collect(Collectors.joining(" "));
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                if (i % 40 == 0 && !bigrams.isEmpty()) {
                    String[] b = bigrams.get(random.nextInt(bigrams.size()));
                    body.append(b[0]).append(' ').append(b[1]).append(' ');
                }
                body.append(word(random)).append(i % 15 == 14 ? ". " : " ");
            }
            return new IndexDoc(course + "/published/bench/" + n, course, Fields.PUBLISHED, ContentType.LESSON,
                    "es-MX", title, "Curso " + course, List.of("Curso " + course, "Módulo", title),
                    List.of("gestion-empresarial"), "", body.toString(), "cursos/" + course, null, null, null);
        }
    }
}
