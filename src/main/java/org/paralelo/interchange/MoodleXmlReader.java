package org.paralelo.interchange;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionBody.Description;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.assessment.QuestionBody.Matching;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.Ordering;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.QuestionBody.TrueFalse;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads Moodle XML questions ({@code <quiz><question type="…">}) into checked questions: the eight types Paralelo
 * has plus descriptions, {@code type="category"} switches, names, id numbers, tags, points ({@code defaultgrade}),
 * general and per-answer feedback. Question texts in HTML become Markdown; options, pairs and feedback become plain
 * text. Files embedded in a question text ({@code <file encoding="base64">} behind {@code @@PLUGINFILE@@}) come out
 * as {@link GiftResult#files()} under {@code media/moodle/…}, for the importer to store with the media library's
 * byte checks. A type Paralelo has no equivalent for (calculated, cloze, drag and drop…), pictures in feedback,
 * hints, per-try penalties and units are reported as warnings, never dropped silently. DOCTYPEs are refused, so
 * no entity can expand or reach outside.
 *
 * <p>Problems name the line of their {@code <question>} element.
 */
public final class MoodleXmlReader {

    private static final Set<String> FORMATS_AS_MARKDOWN = Set.of("markdown", "moodle_auto_format", "");

    private MoodleXmlReader() {
    }

    /** Whether a text looks like Moodle XML rather than GIFT: it starts with an XML declaration or {@code <quiz>}. */
    public static boolean looksLikeMoodleXml(String text) {
        String start = text.stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1);
        }
        return start.startsWith("<?xml") || start.startsWith("<quiz");
    }

    public static GiftResult parse(String text) {
        return parse(text, "media/moodle/");
    }

    /** Reads the text; embedded files get package paths under {@code mediaPrefix} (ending in a slash). */
    public static GiftResult parse(String text, String mediaPrefix) {
        List<ParsedQuestion> questions = new ArrayList<>();
        List<GiftProblem> problems = new ArrayList<>();
        List<GiftProblem> warnings = new ArrayList<>();
        Document document;
        try {
            document = SafeXml.builder().parse(new InputSource(new StringReader(text)));
        } catch (SAXException | java.io.IOException broken) {
            problems.add(new GiftProblem(1, "interchange.moodlexml.not-xml", SafeXml.excerpt(broken.getMessage())));
            return new GiftResult(questions, problems, warnings);
        }
        Element quiz = document.getDocumentElement();
        if (!quiz.getTagName().equals("quiz")) {
            problems.add(new GiftProblem(1, "interchange.moodlexml.no-quiz", quiz.getTagName()));
            return new GiftResult(questions, problems, warnings);
        }
        int[] lines = questionLines(text);
        Map<String, byte[]> files = new LinkedHashMap<>();
        String category = "";
        int index = 0;
        for (Element question : children(quiz, "question")) {
            int line = index < lines.length ? lines[index] : 0;
            index++;
            String type = question.getAttribute("type");
            if (type.equals("category")) {
                category = categoryName(text(child(question, "category")));
                continue;
            }
            String name = text(child(question, "name"));
            try {
                List<GiftProblem> notes = new ArrayList<>();
                MoodleFiles embedded = new MoodleFiles(mediaPrefix + "q" + index + "-", notes);
                Question read = question(type, question, name, embedded, notes);
                List<GiftProblem> refused = ModelCheck.problems(line, read);
                if (refused.isEmpty()) {
                    questions.add(new ParsedQuestion(line, category, read));
                    files.putAll(embedded.files());
                    notes.forEach(n -> warnings.add(n.at(line)));
                } else {
                    problems.addAll(refused);
                }
            } catch (Unsupported unsupported) {
                warnings.add(new GiftProblem(line, "interchange.moodlexml.unsupported-type",
                        unsupported.type + " · " + name, List.of(unsupported.type, name), ""));
            }
        }
        return new GiftResult(questions, problems, warnings, files);
    }

    private static Question question(String type, Element q, String name, MoodleFiles embedded,
                                     List<GiftProblem> notes) {
        Element textElement = child(q, "questiontext");
        String text = rich(textElement, embedded);
        String general = plain(child(q, "generalfeedback"));
        feedbackFiles(q, notes);
        MoodleExtras.hintsAndPenalty(q, notes);
        BigDecimal points = decimal(text(child(q, "defaultgrade")), BigDecimal.ONE);
        String idNumber = text(child(q, "idnumber"));
        List<String> tags = children(child(q, "tags"), "tag").stream().map(t -> text(t)).filter(t -> !t.isEmpty())
                .distinct().toList();
        QuestionBody body = switch (type) {
            case "multichoice" -> choice(q, notes);
            case "truefalse" -> trueFalse(q);
            case "shortanswer" -> shortAnswer(q);
            case "numerical" -> {
                MoodleExtras.units(q, notes);
                yield numeric(q);
            }
            case "matching" -> new Matching(children(q, "subquestion").stream().map(s -> new Matching.Pair("",
                    plain(s), text(child(s, "answer")))).toList());
            case "ordering" -> new Ordering(children(q, "answer").stream().map(a -> new Ordering.Item("",
                    plain(a))).toList());
            case "essay" -> new Essay(plain(child(q, "graderinfo")));
            case "description" -> new Description();
            default -> throw new Unsupported(type.isEmpty() ? "?" : type);
        };
        return new Question(text, points, general, body, name.length() > Question.MAX_TITLE
                ? name.substring(0, Question.MAX_TITLE) : name, idNumber, tags);
    }

    /**
     * {@code <single>true</single>}: a single choice where every 100 % answer is right and others may earn partial
     * credit; otherwise a multiple choice with the fractions as credits.
     */
    private static QuestionBody choice(Element q, List<GiftProblem> notes) {
        boolean single = !text(child(q, "single")).equalsIgnoreCase("false")
                && !text(child(q, "single")).equals("0");
        List<Element> answers = children(q, "answer");
        if (!single) {
            return new MultipleChoice(answers.stream().map(a -> new MultipleChoice.Option("", plain(a),
                    fraction(a), plain(child(a, "feedback")))).toList());
        }
        return new SingleChoice(answers.stream().map(a -> {
            BigDecimal credit = fraction(a);
            if (credit.compareTo(QuestionBody.FULL_CREDIT) >= 0) {
                return new SingleChoice.Option("", plain(a), true, plain(child(a, "feedback")));
            }
            if (credit.signum() < 0) {
                notes.add(new GiftProblem(0, "interchange.gift.penalty-left-out", plain(a)));
                credit = BigDecimal.ZERO;
            }
            return new SingleChoice.Option("", plain(a), false, credit, plain(child(a, "feedback")));
        }).toList());
    }

    private static QuestionBody trueFalse(Element q) {
        String feedbackTrue = "";
        String feedbackFalse = "";
        boolean answer = true;
        for (Element a : children(q, "answer")) {
            boolean isTrue = plain(a).equalsIgnoreCase("true");
            if (isTrue) {
                feedbackTrue = plain(child(a, "feedback"));
            } else {
                feedbackFalse = plain(child(a, "feedback"));
            }
            if (fraction(a).compareTo(QuestionBody.FULL_CREDIT) >= 0) {
                answer = isTrue;
            }
        }
        return new TrueFalse(answer, feedbackTrue, feedbackFalse);
    }

    /** Accepted answers; Moodle's catch-all {@code *} worth nothing gives the feedback for any other answer. */
    private static QuestionBody shortAnswer(Element q) {
        List<ShortAnswer.Accepted> accepted = new ArrayList<>();
        String incorrect = "";
        for (Element a : children(q, "answer")) {
            String text = plain(a);
            BigDecimal credit = fraction(a);
            if (text.equals("*") && credit.signum() == 0) {
                incorrect = plain(child(a, "feedback"));
            } else {
                accepted.add(new ShortAnswer.Accepted(text, credit, plain(child(a, "feedback"))));
            }
        }
        boolean caseMatters = text(child(q, "usecase")).equals("1");
        return new ShortAnswer(accepted, !caseMatters, false, incorrect);
    }

    private static QuestionBody numeric(Element q) {
        List<Numeric.Answer> accepted = new ArrayList<>();
        String incorrect = "";
        for (Element a : children(q, "answer")) {
            String value = plain(a);
            if (value.equals("*") || value.isEmpty()) {
                incorrect = plain(child(a, "feedback"));
                continue;
            }
            String tolerance = text(child(a, "tolerance"));
            accepted.add(new Numeric.Answer(value, decimal(tolerance, BigDecimal.ZERO).signum() == 0 ? ""
                    : tolerance, fraction(a), plain(child(a, "feedback"))));
        }
        return new Numeric(accepted, incorrect);
    }

    /**
     * Feedback is plain text here, so a picture cannot be shown in it: each file embedded in the general feedback
     * or an answer's feedback is named in a warning (the feedback keeps its words and the picture's alt text).
     */
    private static void feedbackFiles(Element q, List<GiftProblem> notes) {
        List<Element> holders = new ArrayList<>();
        holders.add(child(q, "generalfeedback"));
        children(q, "answer").forEach(a -> holders.add(child(a, "feedback")));
        for (String kind : List.of("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")) {
            holders.add(child(q, kind));
        }
        for (Element holder : holders) {
            for (Element file : children(holder, "file")) {
                notes.add(new GiftProblem(0, "interchange.moodlexml.feedback-image", file.getAttribute("name")));
            }
        }
    }

    /** {@code $course$/top/Costos/Fijos} → {@code Costos/Fijos}: Moodle's context prefixes say nothing here. */
    static String categoryName(String path) {
        String name = path.strip();
        for (String prefix : List.of("$course$/", "$system$/", "$module$/", "$coursecategory$/", "$cat1$/")) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
            }
        }
        if (name.equals("top") || name.startsWith("top/")) {
            name = name.substring(3);
            name = name.startsWith("/") ? name.substring(1) : name;
        }
        return name.replace("//", "/");
    }

    /**
     * A question text: HTML becomes Markdown, Markdown and Moodle's auto format stay, plain text is escaped. Its
     * embedded files ({@code @@PLUGINFILE@@/…}) become package media links first.
     */
    private static String rich(@Nullable Element holder, MoodleFiles embedded) {
        String format = holder == null ? "" : holder.getAttribute("format").toLowerCase(Locale.ROOT);
        String text = embedded.relink(text(child(holder, "text")), children(holder, "file"));
        if (format.equals("html")) {
            return HtmlToMarkdown.markdown(text);
        }
        return format.equals("plain_text") ? HtmlToMarkdown.escapePlain(text) : text;
    }

    /** An option, pair, answer or feedback: shown as plain text, so HTML becomes its text. */
    private static String plain(@Nullable Element holder) {
        String format = holder == null ? "" : holder.getAttribute("format").toLowerCase(Locale.ROOT);
        String text = text(child(holder, "text"));
        return format.equals("html") || (!FORMATS_AS_MARKDOWN.contains(format) && !format.equals("plain_text")
                && text.contains("<")) ? HtmlToMarkdown.plain(text) : text;
    }

    private static BigDecimal fraction(Element answer) {
        return decimal(answer.getAttribute("fraction"), BigDecimal.ZERO);
    }

    static BigDecimal decimal(String text, BigDecimal blank) {
        try {
            if (text.isBlank()) {
                return blank;
            }
            // Moodle writes "100.0000000"; kept as "100", as a trainer would type it.
            BigDecimal value = new BigDecimal(text.strip()).stripTrailingZeros();
            return value.scale() < 0 ? value.setScale(0) : value;
        } catch (NumberFormatException notANumber) {
            return blank;
        }
    }

    static @Nullable Element child(@Nullable Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    static List<Element> children(@Nullable Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && element.getTagName().equals(name)) {
                    found.add(element);
                }
            }
        }
        return found;
    }

    /** An element's own {@code <text>}, or its text content when it has none. */
    static String text(@Nullable Element element) {
        if (element == null) {
            return "";
        }
        Element inner = child(element, "text");
        return (inner == null ? element.getTextContent() : inner.getTextContent()).strip();
    }

    /** The line of each {@code <question} tag, in order. */
    private static int[] questionLines(String text) {
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '<' && text.startsWith("<question", i) && i + 9 < text.length()
                    && (text.charAt(i + 9) == ' ' || text.charAt(i + 9) == '>')) {
                lines.add(line);
            }
        }
        return lines.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A Moodle question type Paralelo has no equivalent for. */
    private static final class Unsupported extends RuntimeException {

        private final String type;

        Unsupported(String type) {
            super(type, null, false, false);
            this.type = type;
        }
    }
}
