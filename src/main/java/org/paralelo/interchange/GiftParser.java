package org.paralelo.interchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionBody.Description;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.QuestionBody.TrueFalse;
import org.paralelo.interchange.GiftText.Format;

/**
 * Reads Moodle's GIFT format into checked questions. Pure and Spring-free: one pass over the lines, then a
 * hand-written scanner per question (no backtracking regular expressions, no recursion), so hostile input stays
 * linear.
 *
 * <p>Questions are separated by blank lines; {@code //} lines are comments, whose {@code [id:…]} and
 * {@code [tag:…]} marks (Moodle 4) are kept on the question; {@code $CATEGORY:} names the category of the questions
 * that follow. A broken question becomes a {@link GiftProblem} naming its first line and the others are still read.
 *
 * <p>Types are decided as Moodle's importer decides them: no answer block is a description, {@code {}} an essay,
 * {@code #} a number, a {@code ~} anywhere a choice, {@code =} with {@code ->} a matching question (every answer
 * then needs its arrow; an empty left side is a distractor), T/F a true/false, anything else a short answer (a
 * first answer without a mark included).
 *
 * <p>Credits follow Moodle: a choice with right answers ({@code =}, each worth full credit) is a single choice whose
 * wrong options may earn partial credit ({@code ~%50%…}); a choice with only weighted options ({@code ~%50%…}) is a
 * multiple choice;
 * short answers ({@code =%50%…}) and numeric answers ({@code =%50%3:2}) keep their credits, and a numeric question
 * keeps all its answers. A penalty on a single choice's wrong option cannot be held (a wrong choice here earns
 * nothing, never less) and is read as 0 % with a warning.
 *
 * <p>Formats: the question text is Markdown. {@code [html]} is cleaned and turned into Markdown; {@code [plain]}
 * has its Markdown characters escaped. Options, pairs and feedback are shown as plain text: {@code [html]} there
 * becomes its text, and {@code [plain]} stays as it is. As in Moodle, an answer or feedback may name its own format
 * ({@code =[html]<b>sí</b>}); the question's format is the default.
 */
public final class GiftParser {

    /** What replaces the answer block of a missing-word question ("Texto {=a ~b} más texto"). */
    public static final String BLANK = "_____";
    /**
     * GIFT has no points; Paralelo writes a question's points in a comment just before it, which Moodle ignores:
     * {@code // paralelo: points=2.5}.
     */
    static final Pattern POINTS = Pattern.compile("//\\s*paralelo:\\s*points\\s*=\\s*(\\d{1,4}(?:\\.\\d{1,2})?)\\s*");

    private GiftParser() {
    }

    public static GiftResult parse(String text) {
        List<ParsedQuestion> questions = new ArrayList<>();
        List<GiftProblem> problems = new ArrayList<>();
        List<GiftProblem> warnings = new ArrayList<>();
        String category = "";
        StringBuilder block = new StringBuilder();
        int blockLine = 0;
        int lineNumber = 0;
        BigDecimal points = null;
        StringBuilder comments = new StringBuilder();
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            lineNumber++;
            String line = text.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            start = end + 1;
            String trimmed = line.strip();
            if (trimmed.startsWith("//")) {
                Matcher worth = POINTS.matcher(trimmed);
                if (worth.matches() && block.isEmpty()) {
                    points = new BigDecimal(worth.group(1));
                }
                comments.append(trimmed, 2, trimmed.length()).append('\n');
                continue;
            }
            if (trimmed.isEmpty()) {
                if (!block.isEmpty()) {
                    category = question(block.toString(), blockLine, category, points, comments.toString(),
                            questions, problems, warnings);
                    block.setLength(0);
                    points = null;
                }
                comments.setLength(0);
                continue;
            }
            if (block.isEmpty()) {
                blockLine = lineNumber;
            } else {
                block.append('\n');
            }
            block.append(line);
            if (end == length) {
                break;
            }
        }
        if (!block.isEmpty()) {
            question(block.toString(), blockLine, category, points, comments.toString(), questions, problems,
                    warnings);
        }
        return new GiftResult(questions, problems, warnings);
    }

    /** Reads one block; returns the category in force after it. */
    private static String question(String block, int line, String category, @Nullable BigDecimal points,
            String comments, List<ParsedQuestion> questions, List<GiftProblem> problems,
            List<GiftProblem> warnings) {
        String rest = block.strip();
        String current = category;
        if (rest.startsWith("$CATEGORY:")) {
            int end = rest.indexOf('\n');
            current = (end < 0 ? rest.substring(10) : rest.substring(10, end)).strip();
            if (end < 0) {
                return current;
            }
            rest = rest.substring(end + 1).strip();
            line++;
        }
        try {
            List<GiftProblem> notes = new ArrayList<>();
            Question read = read(rest, notes);
            GiftComments.Marks marks = GiftComments.marks(comments);
            Question question = new Question(read.text(), points == null ? read.points() : points,
                    read.generalFeedback(), read.body(), read.title(), marks.idNumber(), marks.tags());
            GiftComments.images(rest).forEach(image -> notes.add(new GiftProblem(0,
                    "interchange.gift.image-left-out", image)));
            List<GiftProblem> refused = ModelCheck.problems(line, question);
            if (refused.isEmpty()) {
                questions.add(new ParsedQuestion(line, current, question));
                int at = line;
                notes.forEach(note -> warnings.add(note.at(at)));
            } else {
                problems.addAll(refused);
            }
        } catch (Broken broken) {
            problems.add(new GiftProblem(line, broken.key, broken.detail));
        }
        return current;
    }

    /** Reads one question; what it could not keep as written is added to {@code notes} (line 0). */
    private static Question read(String source, List<GiftProblem> notes) {
        String rest = source;
        String title = "";
        if (rest.startsWith("::")) {
            int end = find(rest, "::", 2);
            if (end < 0) {
                throw new Broken("interchange.gift.unclosed-title", excerpt(rest));
            }
            title = unescape(rest.substring(2, end)).strip();
            rest = rest.substring(end + 2).strip();
        }
        Format format = GiftText.format(rest);
        if (format != null) {
            rest = rest.substring(rest.indexOf(']') + 1);
        } else {
            format = Format.MARKDOWN;
        }
        int open = find(rest, "{", 0);
        int close = find(rest, "}", Math.max(open + 1, 0));
        if (open < 0 && close < 0) {
            // No answer block at all: Moodle's description, text shown between questions.
            return new Question(GiftText.markdown(rest, format), BigDecimal.ZERO, "", new Description(), title);
        }
        if (open < 0) {
            throw new Broken("interchange.gift.unopened-brace", excerpt(rest));
        }
        if (close < 0) {
            throw new Broken("interchange.gift.unclosed-brace", excerpt(rest));
        }
        String before = GiftText.markdown(rest.substring(0, open), format);
        String after = GiftText.markdown(rest.substring(close + 1), format);
        String text = after.isEmpty() ? before : before + " " + BLANK + " " + after;
        String answers = rest.substring(open + 1, close);
        String general = "";
        int generalAt = find(answers, "####", 0);
        if (generalAt >= 0) {
            general = GiftText.plain(answers.substring(generalAt + 4), format);
            answers = answers.substring(0, generalAt);
        }
        return new Question(text, BigDecimal.ONE, general, body(answers.strip(), format, notes), title);
    }

    private static QuestionBody body(String answers, Format format, List<GiftProblem> notes) {
        if (answers.isEmpty()) {
            return new Essay("");
        }
        if (answers.charAt(0) == '#') {
            return numeric(answers.substring(1).strip(), format);
        }
        QuestionBody trueFalse = trueFalse(answers, format);
        if (trueFalse != null) {
            return trueFalse;
        }
        List<Answer> list = split(answers, format);
        // As Moodle decides: a "~" anywhere makes a choice; otherwise "=" with "->" a matching question.
        boolean choice = find(answers, "~", 0) >= 0;
        if (!choice && find(answers, "=", 0) >= 0 && find(answers, "->", 0) >= 0) {
            return new Matching(list.stream().map(a -> {
                int arrow = find(a.raw, "->", 0);
                if (arrow < 0) {
                    throw new Broken("interchange.gift.matching-arrow", excerpt(unescape(a.raw)));
                }
                // An empty left side ("= -> Chat") is a distractor: one more answer to choose from.
                return new Matching.Pair("", GiftText.plain(a.raw.substring(0, arrow), format),
                        GiftText.plain(a.raw.substring(arrow + 2), format));
            }).toList());
        }
        if (!choice) {
            return shortAnswer(list);
        }
        // Only weights without an "=" answer make a multiple choice; with one, weights are partial credit.
        if (list.stream().noneMatch(a -> a.right) && list.stream().anyMatch(a -> a.weight != null)) {
            return new MultipleChoice(list.stream().map(a -> new MultipleChoice.Option("", a.text,
                    a.weight == null ? BigDecimal.ZERO : a.weight, a.feedback)).toList());
        }
        return new SingleChoice(list.stream().map(a -> option(a, notes)).toList());
    }

    /**
     * Accepted answers; a text without a mark ({@code {One}}) is one, as in Moodle. Moodle's catch-all {@code *}
     * worth nothing ({@code =%0%*#Completely wrong}) is the feedback for any other answer.
     */
    private static ShortAnswer shortAnswer(List<Answer> list) {
        List<ShortAnswer.Accepted> accepted = new ArrayList<>();
        String incorrect = "";
        for (Answer a : list) {
            BigDecimal credit = a.weight == null ? QuestionBody.FULL_CREDIT : a.weight;
            if (a.text.equals("*") && credit.signum() == 0) {
                incorrect = a.feedback;
            } else {
                accepted.add(new ShortAnswer.Accepted(a.text, credit, a.feedback));
            }
        }
        return new ShortAnswer(accepted, true, false, incorrect);
    }

    /** A single choice's option: {@code =} is a correct one, {@code ~%50%} a wrong one worth partial credit. */
    private static SingleChoice.Option option(Answer answer, List<GiftProblem> notes) {
        BigDecimal weight = answer.weight;
        if (answer.right && (weight == null || weight.compareTo(QuestionBody.FULL_CREDIT) == 0)) {
            return new SingleChoice.Option("", answer.text, true, answer.feedback);
        }
        if (weight != null && weight.signum() < 0) {
            notes.add(new GiftProblem(0, "interchange.gift.penalty-left-out", answer.text));
            weight = BigDecimal.ZERO;
        }
        return new SingleChoice.Option("", answer.text, false, weight, answer.feedback);
    }

    private static @Nullable QuestionBody trueFalse(String answers, Format format) {
        int hash = find(answers, "#", 0);
        String head = (hash < 0 ? answers : answers.substring(0, hash)).strip().toUpperCase(Locale.ROOT);
        boolean answer;
        if (head.equals("T") || head.equals("TRUE")) {
            answer = true;
        } else if (head.equals("F") || head.equals("FALSE")) {
            answer = false;
        } else {
            return null;
        }
        String wrong = "";
        String right = "";
        if (hash >= 0) {
            int second = find(answers, "#", hash + 1);
            wrong = GiftText.plain(answers.substring(hash + 1, second < 0 ? answers.length() : second), format);
            right = second < 0 ? "" : GiftText.plain(answers.substring(second + 1), format);
        }
        // The first feedback is shown to whoever answers wrong, the second to whoever answers right.
        return answer ? new TrueFalse(true, right, wrong) : new TrueFalse(false, wrong, right);
    }

    /**
     * Numeric answers: {@code =3:0.5#feedback}, {@code =%50%3:2}, ranges {@code =1..5}; the first may omit its
     * {@code =} ({@code {#3:0.5 =%50%3:2}}). An answer without a mark is worth full credit; {@code ~#feedback}
     * gives the feedback for any other number.
     */
    private static QuestionBody numeric(String answers, Format format) {
        String marked = !answers.isEmpty() && answers.charAt(0) != '=' && answers.charAt(0) != '~' ? "=" + answers
                : answers;
        List<Numeric.Answer> accepted = new ArrayList<>();
        String incorrect = "";
        for (Answer answer : split(marked, format)) {
            String spec = unescape(answer.raw).strip();
            if (!answer.right && spec.isEmpty() && (answer.weight == null || answer.weight.signum() == 0)) {
                incorrect = answer.feedback;
                continue;
            }
            String[] number = number(spec);
            accepted.add(new Numeric.Answer(number[0], number[1], answer.weight != null ? answer.weight
                    : answer.right ? QuestionBody.FULL_CREDIT : BigDecimal.ZERO, answer.feedback));
        }
        if (accepted.isEmpty()) {
            throw new Broken("interchange.gift.numeric-no-correct", excerpt(answers));
        }
        return new Numeric(accepted, incorrect);
    }

    /** Value and tolerance as typed: "3:0.5", "3", or a range "1..5" (midpoint and half its width). */
    private static String[] number(String spec) {
        int range = spec.indexOf("..");
        if (range > 0) {
            BigDecimal low = decimal(spec.substring(0, range));
            BigDecimal high = decimal(spec.substring(range + 2));
            if (low == null || high == null) {
                return new String[] {spec, ""};
            }
            BigDecimal two = BigDecimal.valueOf(2);
            return new String[] {plain(low.add(high).divide(two, 10, RoundingMode.HALF_UP)),
                plain(high.subtract(low).abs().divide(two, 10, RoundingMode.HALF_UP))};
        }
        int colon = spec.indexOf(':');
        return colon < 0 ? new String[] {spec, ""}
                : new String[] {spec.substring(0, colon).strip(), spec.substring(colon + 1).strip()};
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static @Nullable BigDecimal decimal(String text) {
        String value = text.strip().replace(',', '.');
        if (value.isEmpty() || value.length() > 40) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(Character.isDigit(c) && c < 128) && c != '.' && !(i == 0 && (c == '-' || c == '+'))) {
                return null;
            }
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /**
     * One answer: right ({@code =}) or not ({@code ~}), its weight if given, its raw GIFT text, that text as plain
     * text, and its feedback as plain text.
     */
    private record Answer(boolean right, @Nullable BigDecimal weight, String raw, String text, String feedback) {
    }

    private static List<Answer> split(String answers, Format format) {
        List<Answer> list = new ArrayList<>();
        int length = answers.length();
        int i = 0;
        while (i < length && Character.isWhitespace(answers.charAt(i))) {
            i++;
        }
        // Text before the first mark is an answer of its own, as Moodle reads it: right in a short answer ({One}),
        // a wrong option in a choice.
        boolean unmarked = i < length && answers.charAt(i) != '=' && answers.charAt(i) != '~';
        if (unmarked) {
            i--;
        }
        while (i < length) {
            boolean right = unmarked || answers.charAt(i) == '=';
            boolean firstUnmarked = unmarked;
            unmarked = false;
            int end = i + 1;
            while (end < length) {
                char c = answers.charAt(end);
                if (c == '\\') {
                    end += 2;
                    continue;
                }
                if (c == '=' || c == '~') {
                    break;
                }
                end++;
            }
            end = Math.min(end, length);
            String part = answers.substring(i + 1, end);
            BigDecimal weight = null;
            String trimmed = part.stripLeading();
            if (trimmed.startsWith("%")) {
                int close = trimmed.indexOf('%', 1);
                weight = close < 0 ? null : decimal(trimmed.substring(1, close));
                if (weight == null) {
                    throw new Broken("interchange.gift.bad-weight", excerpt(trimmed));
                }
                part = trimmed.substring(close + 1);
            }
            int hash = find(part, "#", 0);
            String raw = hash < 0 ? part : part.substring(0, hash);
            String feedback = hash < 0 ? "" : GiftText.plain(part.substring(hash + 1), format);
            list.add(new Answer(right && !(firstUnmarked && find(answers, "~", 0) >= 0), weight, raw,
                    GiftText.plain(raw, format), feedback));
            i = end;
        }
        return list;
    }

    /** The first position of the target at or after from that is not escaped with a backslash; -1 if none. */
    static int find(String text, String target, int from) {
        return GiftText.find(text, target, from);
    }

    /** GIFT escapes turned back into their characters ({@link GiftText#unescape}). */
    static String unescape(String text) {
        return GiftText.unescape(text);
    }

    /** Whether a text starts with a format name ({@code [html]}, …), which the writer must then protect. */
    static boolean namesFormat(String text) {
        return GiftText.format(text) != null;
    }

    private static String excerpt(String text) {
        String line = text.strip();
        int end = line.indexOf('\n');
        if (end >= 0) {
            line = line.substring(0, end);
        }
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }

    /** A syntax error in one question; caught per question so the others are still read. */
    private static final class Broken extends RuntimeException {

        private final String key;
        private final String detail;

        Broken(String key, String detail) {
            super(key, null, false, false);
            this.key = key;
            this.detail = detail;
        }
    }
}
