package org.paralelo.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.paralelo.assessment.QuestionBody.Description;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.Ordering;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.QuestionBody.TrueFalse;

/**
 * Grades one answer to one question. Pure functions: the same question and answer always give the same score,
 * so attempts can be regraded after a correction.
 *
 * <ul>
 *   <li>Single choice: the credit of the chosen option (100 % for a correct one, a wrong one may earn partial
 *       credit); choosing several options earns nothing.</li>
 *   <li>Short answer and numeric: the credit of the best accepted answer the typed text or number matches;
 *       nothing when none matches.</li>
 *   <li>True/false: all or nothing.</li>
 *   <li>Multiple choice: the credits of the chosen options, as a share of the correct options' credits; wrong
 *       options take credit away, but the total never goes below zero.</li>
 *   <li>Matching: the share of prompts matched with their answer. Ordering: the share of items in their
 *       correct position.</li>
 *   <li>Essay: pending until graded by hand (a blank essay is simply worth nothing).</li>
 *   <li>Description: no answer, no points, out of nothing: it never changes a score.</li>
 * </ul>
 * Points are rounded to two decimals. An answer of the wrong kind for the question is a programming error.
 */
public final class Grading {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Grading() {
    }

    public static Score score(Question question, Response response) {
        BigDecimal max = question.points();
        if (response instanceof Response.Unanswered || question.body() instanceof Description) {
            return Score.of(BigDecimal.ZERO.setScale(2), max);
        }
        if (question.body() instanceof Essay) {
            String text = as(response, Response.Text.class, question.body()).text();
            return text.isBlank() ? Score.of(BigDecimal.ZERO.setScale(2), max) : Score.pendingOutOf(max);
        }
        BigDecimal fraction = fraction(question.body(), response);
        return Score.of(max.multiply(fraction).setScale(2, RoundingMode.HALF_UP), max);
    }

    /** The share of the points an answer earns, from 0 to 1. */
    static BigDecimal fraction(QuestionBody body, Response response) {
        return switch (body) {
            case SingleChoice single -> {
                // Any correct option earns full credit; there may be several.
                Set<String> chosen = as(response, Response.Choices.class, body).optionKeys();
                yield chosen.size() != 1 ? BigDecimal.ZERO : single.options().stream()
                        .filter(o -> chosen.contains(o.key())).findFirst()
                        .map(o -> percent(o.credit())).orElse(BigDecimal.ZERO);
            }
            case MultipleChoice multiple -> {
                Set<String> chosen = as(response, Response.Choices.class, body).optionKeys();
                BigDecimal earned = multiple.options().stream().filter(o -> chosen.contains(o.key()))
                        .map(MultipleChoice.Option::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal possible = multiple.positiveCredit();
                if (earned.signum() <= 0 || possible.signum() <= 0) {
                    yield BigDecimal.ZERO;
                }
                yield earned.divide(possible, MathContext.DECIMAL64).min(BigDecimal.ONE);
            }
            case TrueFalse trueFalse -> allOrNothing(as(response, Response.TrueOrFalse.class, body).value()
                    == trueFalse.answer());
            case ShortAnswer shortAnswer -> accepted(shortAnswer, as(response, Response.Text.class, body).text())
                    .map(a -> percent(a.credit())).orElse(BigDecimal.ZERO);
            case Numeric numeric -> accepted(numeric, as(response, Response.Text.class, body).text())
                    .map(a -> percent(a.credit())).orElse(BigDecimal.ZERO);
            case Matching matching -> {
                Map<String, String> given = as(response, Response.Matches.class, body).answerByPrompt();
                List<Matching.Pair> prompted = matching.prompted();
                long right = prompted.stream()
                        .filter(p -> p.answer().equals(given.getOrDefault(p.key(), "").strip())).count();
                yield share(right, prompted.size());
            }
            case Ordering ordering -> {
                List<String> given = as(response, Response.Order.class, body).itemKeys();
                List<Ordering.Item> items = ordering.items();
                long right = 0;
                for (int i = 0; i < items.size() && i < given.size(); i++) {
                    right += items.get(i).key().equals(given.get(i)) ? 1 : 0;
                }
                yield share(right, items.size());
            }
            case Essay essay -> throw new IllegalArgumentException("Essays are graded by hand");
            case Description description -> BigDecimal.ZERO;
        };
    }

    /**
     * The feedback a learner gets for an answer: the feedback of each chosen or matched answer, then the
     * question's general feedback. Blank texts are left out.
     */
    public static List<String> feedback(Question question, Response response) {
        List<String> texts = new ArrayList<>();
        if (!(response instanceof Response.Unanswered)) {
            switch (question.body()) {
                case SingleChoice single -> {
                    Set<String> chosen = as(response, Response.Choices.class, single).optionKeys();
                    single.options().stream().filter(o -> chosen.contains(o.key()))
                            .forEach(o -> texts.add(o.feedback()));
                }
                case MultipleChoice multiple -> {
                    Set<String> chosen = as(response, Response.Choices.class, multiple).optionKeys();
                    multiple.options().stream().filter(o -> chosen.contains(o.key()))
                            .forEach(o -> texts.add(o.feedback()));
                }
                case TrueFalse trueFalse -> texts.add(as(response, Response.TrueOrFalse.class, trueFalse).value()
                        ? trueFalse.feedbackTrue() : trueFalse.feedbackFalse());
                case ShortAnswer shortAnswer -> texts.add(accepted(shortAnswer,
                        as(response, Response.Text.class, shortAnswer).text())
                        .map(ShortAnswer.Accepted::feedback).orElse(shortAnswer.incorrectFeedback()));
                case Numeric numeric -> texts.add(accepted(numeric, as(response, Response.Text.class, numeric)
                        .text()).map(Numeric.Answer::feedback).orElse(numeric.incorrectFeedback()));
                case Matching matching -> {
                }
                case Ordering ordering -> {
                }
                case Essay essay -> {
                }
                case Description description -> {
                }
            }
        }
        texts.add(question.generalFeedback());
        return texts.stream().filter(t -> !t.isBlank()).toList();
    }

    /**
     * The accepted answer a typed text matches, following the question's case and accent options; of several, the
     * one with the most credit (the first of equals). Empty when none matches.
     */
    static Optional<ShortAnswer.Accepted> accepted(ShortAnswer question, String given) {
        String typed = normalise(given, question.ignoreCase(), question.ignoreAccents());
        return question.answers().stream()
                .filter(a -> normalise(a.text(), question.ignoreCase(), question.ignoreAccents()).equals(typed))
                .reduce((best, next) -> next.credit().compareTo(best.credit()) > 0 ? next : best);
    }

    /** The accepted answer a typed number is within the tolerance of; of several, the one with the most credit. */
    static Optional<Numeric.Answer> accepted(Numeric question, String given) {
        return Decimals.parse(given).flatMap(number -> question.answers().stream().filter(a -> a.accepts(number))
                .reduce((best, next) -> next.credit().compareTo(best.credit()) > 0 ? next : best));
    }

    /**
     * Trims, collapses inner spaces, and optionally folds case and strips accents (via Unicode decomposition, so
     * "Gestión" and "gestion" compare equal; "ñ" folds to "n" too).
     */
    static String normalise(String text, boolean ignoreCase, boolean ignoreAccents) {
        String result = SPACES.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFC)).replaceAll(" ");
        if (ignoreAccents) {
            result = Normalizer.normalize(MARKS.matcher(Normalizer.normalize(result, Normalizer.Form.NFD))
                    .replaceAll(""), Normalizer.Form.NFC);
        }
        if (ignoreCase) {
            result = result.toLowerCase(Locale.ROOT);
        }
        return result;
    }

    /**
     * The distinct answer texts of a matching question, distractors included, alphabetically: what learners choose
     * from.
     */
    static List<String> answerChoices(Matching matching) {
        return matching.pairs().stream().map(Matching.Pair::answer).distinct().sorted().toList();
    }

    private static BigDecimal allOrNothing(boolean right) {
        return right ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    /** A credit in % as a share from 0 to 1. */
    private static BigDecimal percent(BigDecimal credit) {
        return credit.signum() <= 0 ? BigDecimal.ZERO
                : credit.divide(QuestionBody.FULL_CREDIT, MathContext.DECIMAL64).min(BigDecimal.ONE);
    }

    private static BigDecimal share(long right, int of) {
        return of == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(right).divide(BigDecimal.valueOf(of),
                MathContext.DECIMAL64);
    }

    private static <R extends Response> R as(Response response, Class<R> expected, Object question) {
        if (!expected.isInstance(response)) {
            throw new IllegalArgumentException("A " + question.getClass().getSimpleName() + " question takes a "
                    + expected.getSimpleName() + " answer, not " + response.getClass().getSimpleName());
        }
        return expected.cast(response);
    }
}
