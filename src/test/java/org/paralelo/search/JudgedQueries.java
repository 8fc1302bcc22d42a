package org.paralelo.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The judged query set (src/test/resources/search/judged-queries.txt) and the figures computed over it: nDCG@10
 * with graded gains (2^grade - 1), P@1 (the first hit is judged relevant) and the share of queries with no hit.
 * A hit counts once per title: the pages of one PDF are one answer.
 */
final class JudgedQueries {

    record Judged(String query, Map<String, Integer> grades) {
    }

    record Figures(String name, double ndcg, double precisionAtOne, double zeroRate, List<String> misses,
            List<String> perQuery) {

        String line() {
            return String.format(Locale.ROOT, "%-34s nDCG@10 %.3f   P@1 %.3f   zero-result %.1f %%", name, ndcg,
                    precisionAtOne, zeroRate * 100);
        }
    }

    static final List<Judged> ALL = read();

    private JudgedQueries() {
    }

    private static List<Judged> read() {
        try (InputStream in = JudgedQueries.class.getResourceAsStream("/search/judged-queries.txt")) {
            List<Judged> judged = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                Map<String, Integer> grades = new LinkedHashMap<>();
                for (int grade = 2; grade >= 1; grade--) {
                    String answers = parts.length > 3 - grade ? parts[3 - grade] : "";
                    for (String answer : answers.split(";")) {
                        if (!answer.isBlank()) {
                            grades.putIfAbsent(answer.strip(), grade);
                        }
                    }
                }
                judged.add(new Judged(parts[0].strip(), grades));
            }
            return List.copyOf(judged);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The judged answer a title is, or null; an answer is a unique piece of the title. */
    static String answerOf(Judged judged, String title) {
        for (String answer : judged.grades().keySet()) {
            if (title.contains(answer)) {
                return answer;
            }
        }
        return null;
    }

    /** Runs every query through {@code search} (titles, best first) and computes the figures. */
    static Figures measure(String name, Function<String, List<String>> search) {
        double ndcg = 0;
        int firstRelevant = 0;
        int zero = 0;
        List<String> misses = new ArrayList<>();
        List<String> perQuery = new ArrayList<>();
        for (Judged judged : ALL) {
            List<String> titles = new ArrayList<>(new LinkedHashSet<>(search.apply(judged.query())));
            if (titles.isEmpty()) {
                zero++;
            }
            double dcg = 0;
            Collection<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < Math.min(10, titles.size()); i++) {
                String answer = answerOf(judged, titles.get(i));
                if (answer != null && seen.add(answer)) {
                    dcg += (Math.pow(2, judged.grades().get(answer)) - 1) / log2(i + 2);
                }
            }
            int[] ideal = judged.grades().values().stream().sorted((a, b) -> b - a).mapToInt(Integer::intValue)
                    .toArray();
            double idcg = 0;
            for (int i = 0; i < Math.min(10, ideal.length); i++) {
                idcg += (Math.pow(2, ideal[i]) - 1) / log2(i + 2);
            }
            double score = idcg == 0 ? 0 : dcg / idcg;
            ndcg += score;
            perQuery.add(String.format(Locale.ROOT, "%.2f %s", score, judged.query()));
            boolean first = !titles.isEmpty() && answerOf(judged, titles.get(0)) != null;
            if (first) {
                firstRelevant++;
            }
            if (score < 0.6 || !first) {
                misses.add(String.format(Locale.ROOT, "%.2f %s → %s", score, judged.query(),
                        titles.stream().limit(3).toList()));
            }
        }
        int n = ALL.size();
        return new Figures(name, ndcg / n, (double) firstRelevant / n, (double) zero / n, misses, perQuery);
    }

    /** Judged answers that name no title, or more than one, of the given titles. */
    static List<String> badAnswers(Collection<String> titles) {
        List<String> bad = new ArrayList<>();
        for (Judged judged : ALL) {
            for (String answer : judged.grades().keySet()) {
                long matching = titles.stream().distinct().filter(t -> t.contains(answer)).count();
                if (matching != 1) {
                    bad.add(judged.query() + ": «" + answer + "» names " + matching + " titles");
                }
            }
        }
        return bad;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
