package org.paralelo.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.InputChecks;

/**
 * What makes each question type different: its options, accepted answers, pairs or items, and the feedback that
 * goes with each answer. Every type checks its own rules into an {@link InputChecks}, with the field names the
 * editor uses ({@code options}, {@code options.2.text}, {@code value} …), so a refused form marks the right field.
 *
 * <p>Options, pairs and items carry keys that stay the same when the question is edited, so a learner's answer
 * (which names keys, never positions) keeps its meaning. A blank key asks the bank to assign one.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = QuestionBody.SingleChoice.class, name = "SINGLE_CHOICE"),
        @JsonSubTypes.Type(value = QuestionBody.MultipleChoice.class, name = "MULTIPLE_CHOICE"),
        @JsonSubTypes.Type(value = QuestionBody.TrueFalse.class, name = "TRUE_FALSE"),
        @JsonSubTypes.Type(value = QuestionBody.ShortAnswer.class, name = "SHORT_ANSWER"),
        @JsonSubTypes.Type(value = QuestionBody.Numeric.class, name = "NUMERIC"),
        @JsonSubTypes.Type(value = QuestionBody.Matching.class, name = "MATCHING"),
        @JsonSubTypes.Type(value = QuestionBody.Ordering.class, name = "ORDERING"),
        @JsonSubTypes.Type(value = QuestionBody.Essay.class, name = "ESSAY"),
        @JsonSubTypes.Type(value = QuestionBody.Description.class, name = "DESCRIPTION")})
public sealed interface QuestionBody {

    int MAX_OPTION_TEXT = 1000;
    int MAX_FEEDBACK = 2000;
    int MAX_ACCEPTED_ANSWER = 200;
    int MAX_NUMBER_TEXT = 40;
    int MIN_OPTIONS = 2;
    int MAX_OPTIONS = 20;
    int MAX_GRADER_INFO = 5000;
    /** A whole answer's worth, in %. */
    BigDecimal FULL_CREDIT = BigDecimal.valueOf(100);

    QuestionType type();

    /** Adds every broken rule of this type to the checks. */
    void check(InputChecks checks);

    /** The same body with a fresh key wherever a key is blank or repeated; existing keys are kept. */
    QuestionBody withKeys(Supplier<String> newKey);

    /**
     * One option to choose among two or more: a correct option earns full credit, and there may be several (Moodle's
     * {@code {=spring =summer ~easter}}: any of them is right); a wrong option may still earn partial credit
     * ({@code ~%50%…}), from 0 up to, not including, 100 %. Each option may have its own feedback.
     */
    record SingleChoice(List<Option> options) implements QuestionBody {

        /**
         * An option; {@code credit} is the share of the points it earns in %: always 100 for the correct option,
         * 0 by default for the others (bodies stored before partial credit existed read back that way).
         */
        public record Option(String key, String text, boolean correct, BigDecimal credit, String feedback) {
            public Option {
                key = clean(key);
                text = clean(text);
                credit = correct ? FULL_CREDIT : credit == null ? BigDecimal.ZERO : credit;
                feedback = clean(feedback);
            }

            /** An option that is either correct or worth nothing. */
            public Option(String key, String text, boolean correct, String feedback) {
                this(key, text, correct, null, feedback);
            }
        }

        public SingleChoice {
            options = options == null ? List.of() : List.copyOf(options);
        }

        @Override
        public QuestionType type() {
            return QuestionType.SINGLE_CHOICE;
        }

        @Override
        public void check(InputChecks checks) {
            BodyChecks.listSize(checks, options.size(), "options", "error.question.too-few-options");
            for (int i = 0; i < options.size(); i++) {
                Option option = options.get(i);
                checks.text(option.text(), "options." + i + ".text", MAX_OPTION_TEXT)
                        .require(option.correct() || (option.credit().signum() >= 0
                                && option.credit().compareTo(FULL_CREDIT) < 0), "options." + i + ".credit",
                                "error.question.partial-credit-range")
                        .optionalText(option.feedback(), "options." + i + ".feedback", MAX_FEEDBACK);
            }
            checks.require(options.stream().anyMatch(Option::correct), "options",
                    "error.question.no-correct-option");
        }

        @Override
        public SingleChoice withKeys(Supplier<String> newKey) {
            Set<String> seen = new HashSet<>();
            return new SingleChoice(options.stream().map(o -> new Option(keyFor(o.key(), seen, newKey), o.text(),
                    o.correct(), o.credit(), o.feedback())).toList());
        }
    }

    /**
     * Several options, each worth a share of the points: the credits of the correct options add up to 100 %, wrong
     * options may take credit away (down to −100 %); the total never goes below zero.
     */
    record MultipleChoice(List<Option> options) implements QuestionBody {

        public record Option(String key, String text, BigDecimal credit, String feedback) {
            public Option {
                key = clean(key);
                text = clean(text);
                credit = credit == null ? BigDecimal.ZERO : credit;
                feedback = clean(feedback);
            }
        }

        public MultipleChoice {
            options = options == null ? List.of() : List.copyOf(options);
        }

        /** The credits of the correct options; 100 in a valid question (99.99 for three thirds). */
        public BigDecimal positiveCredit() {
            return options.stream().map(Option::credit).filter(c -> c.signum() > 0)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        @Override
        public QuestionType type() {
            return QuestionType.MULTIPLE_CHOICE;
        }

        @Override
        public void check(InputChecks checks) {
            BodyChecks.listSize(checks, options.size(), "options", "error.question.too-few-options");
            for (int i = 0; i < options.size(); i++) {
                Option option = options.get(i);
                checks.text(option.text(), "options." + i + ".text", MAX_OPTION_TEXT)
                        .require(option.credit().abs().compareTo(FULL_CREDIT) <= 0, "options." + i + ".credit",
                                "error.question.credit-range")
                        .optionalText(option.feedback(), "options." + i + ".feedback", MAX_FEEDBACK);
            }
            BigDecimal positive = positiveCredit();
            if (positive.signum() == 0) {
                checks.require(false, "options", "error.question.no-correct-option");
            } else {
                // Two decimals of slack, so three options at 33.33 % are accepted.
                checks.require(positive.subtract(FULL_CREDIT).abs().compareTo(new BigDecimal("0.05")) <= 0,
                        "options", "error.question.credits-sum", positive.stripTrailingZeros().toPlainString());
            }
        }

        @Override
        public MultipleChoice withKeys(Supplier<String> newKey) {
            Set<String> seen = new HashSet<>();
            return new MultipleChoice(options.stream().map(o -> new Option(keyFor(o.key(), seen, newKey), o.text(),
                    o.credit(), o.feedback())).toList());
        }
    }

    /** A statement that is either true or false, with feedback for each answer. */
    record TrueFalse(boolean answer, String feedbackTrue, String feedbackFalse) implements QuestionBody {

        public TrueFalse {
            feedbackTrue = clean(feedbackTrue);
            feedbackFalse = clean(feedbackFalse);
        }

        @Override
        public QuestionType type() {
            return QuestionType.TRUE_FALSE;
        }

        @Override
        public void check(InputChecks checks) {
            checks.optionalText(feedbackTrue, "feedbackTrue", MAX_FEEDBACK)
                    .optionalText(feedbackFalse, "feedbackFalse", MAX_FEEDBACK);
        }

        @Override
        public TrueFalse withKeys(Supplier<String> newKey) {
            return this;
        }
    }

    /**
     * A typed answer compared with a list of accepted answers, optionally ignoring case and accents ("gestion"
     * then matches "Gestión"). Spaces at the ends and repeated spaces never count. Each accepted answer earns its
     * credit (0 to 100 %; at least one earns 100 %): a 0 % answer only gives its feedback to a common mistake.
     */
    record ShortAnswer(List<Accepted> answers, boolean ignoreCase, boolean ignoreAccents, String incorrectFeedback)
            implements QuestionBody {

        /** An accepted answer; a missing credit (bodies stored before partial credit existed) is full credit. */
        public record Accepted(String text, BigDecimal credit, String feedback) {
            public Accepted {
                text = clean(text);
                credit = credit == null ? FULL_CREDIT : credit;
                feedback = clean(feedback);
            }

            /** A full-credit answer. */
            public Accepted(String text, String feedback) {
                this(text, FULL_CREDIT, feedback);
            }
        }

        public ShortAnswer {
            answers = answers == null ? List.of() : List.copyOf(answers);
            incorrectFeedback = clean(incorrectFeedback);
        }

        @Override
        public QuestionType type() {
            return QuestionType.SHORT_ANSWER;
        }

        @Override
        public void check(InputChecks checks) {
            BodyChecks.shortAnswer(this, checks);
        }

        @Override
        public ShortAnswer withKeys(Supplier<String> newKey) {
            return this;
        }
    }

    /**
     * A number compared with a list of accepted answers, each a value within a tolerance (a GIFT range
     * {@code 1..5} is read as its midpoint and half its width), worth its credit (0 to 100 %; at least one earns
     * 100 %) and with its own feedback; any other number gets the incorrect feedback.
     *
     * <p>Bodies stored before several answers existed held one value, tolerance and correct feedback; they read
     * back as one full-credit answer.
     */
    record Numeric(List<Answer> answers, String incorrectFeedback) implements QuestionBody {

        /**
         * One accepted answer. Value and tolerance are kept as the trainer typed them ("3,5" or "3.5"); both must
         * be numbers, and the tolerance (blank means exact) cannot be negative.
         */
        public record Answer(String value, String tolerance, BigDecimal credit, String feedback) {
            public Answer {
                value = clean(value);
                tolerance = clean(tolerance);
                credit = credit == null ? FULL_CREDIT : credit;
                feedback = clean(feedback);
            }

            /** The value; only call on a checked question. */
            public BigDecimal number() {
                return Decimals.parse(value).orElseThrow(() -> new IllegalStateException("Unchecked numeric question"));
            }

            /** How far a given number may be from the value; zero when blank. */
            public BigDecimal allowedError() {
                return tolerance.isBlank() ? BigDecimal.ZERO : Decimals.parse(tolerance)
                        .orElseThrow(() -> new IllegalStateException("Unchecked numeric question")).abs();
            }

            /** Whether a given number is within the tolerance of the value; only call on a checked question. */
            public boolean accepts(BigDecimal given) {
                return given.subtract(number()).abs().compareTo(allowedError()) <= 0;
            }
        }

        public Numeric {
            answers = answers == null ? List.of() : List.copyOf(answers);
            incorrectFeedback = clean(incorrectFeedback);
        }

        /** One full-credit answer. */
        public Numeric(String value, String tolerance, String correctFeedback, String incorrectFeedback) {
            this(List.of(new Answer(value, tolerance, FULL_CREDIT, correctFeedback)), incorrectFeedback);
        }

        /** Reads both the current JSON form and the older one with a single value. */
        @JsonCreator
        static Numeric fromJson(@JsonProperty("answers") @Nullable List<Answer> answers,
                                @JsonProperty("incorrectFeedback") @Nullable String incorrectFeedback,
                                @JsonProperty("value") @Nullable String value,
                                @JsonProperty("tolerance") @Nullable String tolerance,
                                @JsonProperty("correctFeedback") @Nullable String correctFeedback) {
            if ((answers == null || answers.isEmpty()) && value != null) {
                return new Numeric(value, tolerance, correctFeedback, incorrectFeedback);
            }
            return new Numeric(answers, incorrectFeedback);
        }

        @Override
        public QuestionType type() {
            return QuestionType.NUMERIC;
        }

        @Override
        public void check(InputChecks checks) {
            BodyChecks.numeric(this, checks);
        }

        @Override
        public Numeric withKeys(Supplier<String> newKey) {
            return this;
        }
    }

    /**
     * Prompts to be matched with their answers; credit is proportional to the prompts matched correctly. A pair
     * without a prompt is a distractor (Moodle's {@code = -> Chat}): its answer is only one more choice offered.
     */
    record Matching(List<Pair> pairs) implements QuestionBody {

        public record Pair(String key, String prompt, String answer) {
            public Pair {
                key = clean(key);
                prompt = clean(prompt);
                answer = clean(answer);
            }

            /** A pair without a prompt only adds its answer to the choices. */
            public boolean distractor() {
                return prompt.isEmpty();
            }
        }

        /** The pairs learners match: every pair with a prompt. */
        public List<Pair> prompted() {
            return pairs.stream().filter(p -> !p.distractor()).toList();
        }

        public Matching {
            pairs = pairs == null ? List.of() : List.copyOf(pairs);
        }

        @Override
        public QuestionType type() {
            return QuestionType.MATCHING;
        }

        @Override
        public void check(InputChecks checks) {
            BodyChecks.listSize(checks, pairs.size(), "pairs", "error.question.too-few-pairs");
            checks.require(pairs.size() < MIN_OPTIONS || prompted().size() >= MIN_OPTIONS, "pairs",
                    "error.question.too-few-prompts", MIN_OPTIONS);
            Set<String> prompts = new HashSet<>();
            for (int i = 0; i < pairs.size(); i++) {
                Pair pair = pairs.get(i);
                checks.optionalText(pair.prompt(), "pairs." + i + ".prompt", MAX_OPTION_TEXT)
                        .text(pair.answer(), "pairs." + i + ".answer", MAX_OPTION_TEXT)
                        .require(pair.prompt().isBlank() || prompts.add(pair.prompt().toLowerCase(Locale.ROOT)),
                                "pairs." + i + ".prompt", "error.question.duplicate-prompt");
            }
        }

        @Override
        public Matching withKeys(Supplier<String> newKey) {
            Set<String> seen = new HashSet<>();
            return new Matching(pairs.stream().map(p -> new Pair(keyFor(p.key(), seen, newKey), p.prompt(),
                    p.answer())).toList());
        }
    }

    /** Items listed in their correct order; credit is proportional to the items placed in the right position. */
    record Ordering(List<Item> items) implements QuestionBody {

        public record Item(String key, String text) {
            public Item {
                key = clean(key);
                text = clean(text);
            }
        }

        public Ordering {
            items = items == null ? List.of() : List.copyOf(items);
        }

        @Override
        public QuestionType type() {
            return QuestionType.ORDERING;
        }

        @Override
        public void check(InputChecks checks) {
            BodyChecks.listSize(checks, items.size(), "items", "error.question.too-few-items");
            for (int i = 0; i < items.size(); i++) {
                checks.text(items.get(i).text(), "items." + i + ".text", MAX_OPTION_TEXT);
            }
        }

        @Override
        public Ordering withKeys(Supplier<String> newKey) {
            Set<String> seen = new HashSet<>();
            return new Ordering(items.stream().map(i -> new Item(keyFor(i.key(), seen, newKey), i.text())).toList());
        }
    }

    /** A written answer graded by hand; the optional notes guide whoever grades it and are never shown to learners. */
    record Essay(String graderInfo) implements QuestionBody {

        public Essay {
            graderInfo = clean(graderInfo);
        }

        @Override
        public QuestionType type() {
            return QuestionType.ESSAY;
        }

        @Override
        public void check(InputChecks checks) {
            checks.optionalText(graderInfo, "graderInfo", MAX_GRADER_INFO);
        }

        @Override
        public Essay withKeys(Supplier<String> newKey) {
            return this;
        }
    }

    /**
     * Text shown between questions, ungraded (Moodle's description "question"): the question's text is all there is.
     * It is worth no points, takes no answer and never counts in a score.
     */
    record Description() implements QuestionBody {

        @Override
        public QuestionType type() {
            return QuestionType.DESCRIPTION;
        }

        @Override
        public void check(InputChecks checks) {
        }

        @Override
        public Description withKeys(Supplier<String> newKey) {
            return this;
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static String keyFor(String key, Set<String> seen, Supplier<String> newKey) {
        String result = key.matches("[A-Za-z0-9-]{1,40}") && !seen.contains(key) ? key : newKey.get();
        seen.add(result);
        return result;
    }
}
