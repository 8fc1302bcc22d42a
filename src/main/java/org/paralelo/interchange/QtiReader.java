package org.paralelo.interchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionBody.Essay;
import org.paralelo.assessment.QuestionBody.MultipleChoice;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;
import org.paralelo.assessment.QuestionBody.TrueFalse;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads the QTI 1.2 of Common Cartridge assessments and question banks ({@code imsqti_xmlv1p2}, the CC profile):
 * multiple choice, multiple response, true/false, fill in the blank and essay. Any other profile (Canvas's own
 * question types, pattern match) is reported as a warning naming the question, never dropped silently. Problems
 * name the line of the question's {@code <item>}.
 */
final class QtiReader {

    /** The CC profile of each type read; the version suffix ({@code .v0p1}) is ignored. */
    static final String MULTIPLE_CHOICE = "cc.multiple_choice";
    static final String MULTIPLE_RESPONSE = "cc.multiple_response";
    static final String TRUE_FALSE = "cc.true_false";
    static final String FILL_IN = "cc.fib";
    static final String ESSAY = "cc.essay";
    private static final Pattern ITEM_TAG = Pattern.compile("<(?:\\w+:)?item[\\s>]");

    private QtiReader() {
    }

    /** The assessment's title attribute; empty for none or for a file that is not QTI. */
    static String title(Document document) {
        Element assessment = SafeXml.child(document.getDocumentElement(), "assessment");
        return assessment == null ? "" : assessment.getAttribute("title").strip();
    }

    static GiftResult parse(byte[] bytes) {
        List<ParsedQuestion> questions = new ArrayList<>();
        List<GiftProblem> problems = new ArrayList<>();
        List<GiftProblem> warnings = new ArrayList<>();
        Document document;
        try {
            document = SafeXml.parse(bytes);
        } catch (SAXException broken) {
            problems.add(new GiftProblem(1, "interchange.cc.not-xml", SafeXml.excerpt(broken.getMessage())));
            return new GiftResult(questions, problems, warnings);
        }
        int[] lines = itemLines(new String(bytes, StandardCharsets.UTF_8));
        List<Element> items = SafeXml.descendants(document.getDocumentElement(), "item");
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            int line = i < lines.length ? lines[i] : 0;
            String title = item.getAttribute("title").strip();
            String profile = profile(item);
            QuestionBody body = body(profile, item);
            if (body == null) {
                warnings.add(new GiftProblem(line, "interchange.cc.unsupported-question", profile + " · " + title,
                        List.of(profile.isEmpty() ? "?" : profile, title), ""));
                continue;
            }
            String html = text(SafeXml.child(SafeXml.child(item, "presentation"), "material"));
            if (html.toLowerCase(Locale.ROOT).contains("<img")) {
                warnings.add(new GiftProblem(line, "interchange.cc.question-image", title));
            }
            BigDecimal points = number(field(item, "qmd_weighting"));
            Question question = new Question(rich(SafeXml.child(SafeXml.child(item, "presentation"), "material")),
                    points.signum() > 0 && points.compareTo(Question.MAX_POINTS) <= 0 ? points : BigDecimal.ONE,
                    feedback(item).getOrDefault(CartridgeQti.GENERAL_FEEDBACK, ""), body,
                    title.length() > Question.MAX_TITLE ? title.substring(0, Question.MAX_TITLE) : title);
            List<GiftProblem> refused = ModelCheck.problems(line, question);
            if (refused.isEmpty()) {
                questions.add(new ParsedQuestion(line, "", question));
            } else {
                problems.addAll(refused);
            }
        }
        return new GiftResult(questions, problems, warnings);
    }

    private static @Nullable QuestionBody body(String profile, Element item) {
        return switch (profile.replaceFirst("\\.v\\d+p\\d+$", "")) {
            case MULTIPLE_CHOICE -> singleChoice(item);
            case MULTIPLE_RESPONSE -> multipleChoice(item);
            case TRUE_FALSE -> trueFalse(item);
            case FILL_IN -> fillIn(item);
            case ESSAY -> new Essay("");
            default -> null;
        };
    }

    /** An option whose condition sets full credit is right; one that sets less earns that partial credit. */
    private static SingleChoice singleChoice(Element item) {
        Map<String, BigDecimal> credits = credits(item);
        Map<String, String> feedback = answerFeedback(item);
        return new SingleChoice(labels(item).stream().map(l -> {
            BigDecimal credit = credits.getOrDefault(l.getAttribute("ident"), BigDecimal.ZERO);
            boolean right = credit.compareTo(QuestionBody.FULL_CREDIT) >= 0;
            return new SingleChoice.Option("", plain(l), right, right ? BigDecimal.ZERO : credit,
                    feedback.get(l.getAttribute("ident")));
        }).toList());
    }

    /**
     * The credits our own export wrote ({@link CartridgeQti#CREDITS}), when there is one per option; otherwise the
     * right options share full credit and each wrong one takes the same share away.
     */
    private static MultipleChoice multipleChoice(Element item) {
        Set<String> right = rightAnswers(item);
        Map<String, String> feedback = answerFeedback(item);
        List<Element> labels = labels(item);
        List<BigDecimal> written = Arrays.stream(field(item, CartridgeQti.CREDITS).split(",")).map(String::strip)
                .filter(c -> !c.isEmpty()).map(QtiReader::number).toList();
        if (written.size() == labels.size() && !labels.isEmpty()) {
            List<MultipleChoice.Option> options = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                options.add(new MultipleChoice.Option("", plain(labels.get(i)), written.get(i),
                        feedback.get(labels.get(i).getAttribute("ident"))));
            }
            return new MultipleChoice(options);
        }
        BigDecimal share = right.isEmpty() ? BigDecimal.ZERO
                : QuestionBody.FULL_CREDIT.divide(BigDecimal.valueOf(right.size()), 2, RoundingMode.DOWN);
        return new MultipleChoice(labels.stream().map(l -> new MultipleChoice.Option("", plain(l),
                right.contains(l.getAttribute("ident")) ? share : share.negate(),
                feedback.get(l.getAttribute("ident")))).toList());
    }

    /** Option ident or answer text → the highest score a crediting condition that names it sets. */
    private static Map<String, BigDecimal> credits(Element item) {
        Map<String, BigDecimal> credits = new HashMap<>();
        for (Element condition : scoringConditions(item)) {
            BigDecimal score = SafeXml.children(condition, "setvar").stream().map(v -> number(SafeXml.text(v)))
                    .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO).min(QuestionBody.FULL_CREDIT);
            for (Element equal : SafeXml.descendants(condition, "varequal")) {
                if (!SafeXml.name((Element) equal.getParentNode()).equals("not")) {
                    credits.merge(SafeXml.text(equal), score, BigDecimal::max);
                }
            }
        }
        return credits;
    }

    /** True when the right label reads "true" (or is the first of the two, as the CC profile writes them). */
    private static TrueFalse trueFalse(Element item) {
        Set<String> right = rightAnswers(item);
        List<Element> labels = labels(item);
        Map<String, String> feedback = answerFeedback(item);
        boolean answer = true;
        String onTrue = "";
        String onFalse = "";
        for (int i = 0; i < labels.size(); i++) {
            Element label = labels.get(i);
            String text = plain(label).toLowerCase(Locale.ROOT);
            boolean saysTrue = text.equals("true") || text.equals("verdadero") || text.isEmpty() && i == 0;
            if (right.contains(label.getAttribute("ident"))) {
                answer = saysTrue;
            }
            String note = feedback.getOrDefault(label.getAttribute("ident"), "");
            if (saysTrue) {
                onTrue = note;
            } else {
                onFalse = note;
            }
        }
        return new TrueFalse(answer, onTrue, onFalse);
    }

    /**
     * Answers the scoring conditions accept, each with the feedback a condition shows for it; an answer that only
     * shows a feedback is a 0 % answer (a common mistake); an {@code <other/>} condition's feedback is the one for
     * any other answer.
     */
    private static ShortAnswer fillIn(Element item) {
        List<ShortAnswer.Accepted> accepted = new ArrayList<>();
        Map<String, BigDecimal> credits = credits(item);
        Map<String, String> feedback = answerFeedback(item);
        Set<String> seen = new LinkedHashSet<>();
        boolean ignoreCase = true;
        for (Element condition : scoringConditions(item)) {
            for (Element equal : SafeXml.descendants(condition, "varequal")) {
                String text = SafeXml.text(equal);
                BigDecimal credit = credits.getOrDefault(text, QuestionBody.FULL_CREDIT);
                String note = feedback.getOrDefault(text, "");
                accepted.add(credit.compareTo(QuestionBody.FULL_CREDIT) >= 0 ? new ShortAnswer.Accepted(text, note)
                        : new ShortAnswer.Accepted(text, credit, note));
                seen.add(text);
                ignoreCase &= !equal.getAttribute("case").equalsIgnoreCase("yes");
            }
        }
        feedback.forEach((text, note) -> {
            if (seen.add(text) && !text.isEmpty()) {
                accepted.add(new ShortAnswer.Accepted(text, BigDecimal.ZERO, note));
            }
        });
        return new ShortAnswer(accepted, ignoreCase, false, otherFeedback(item));
    }

    /** The text an {@code <other/>} condition shows, other than the general feedback; empty for none. */
    private static String otherFeedback(Element item) {
        Map<String, String> texts = feedback(item);
        for (Element condition : SafeXml.descendants(SafeXml.child(item, "resprocessing"), "respcondition")) {
            Element shown = SafeXml.child(condition, "displayfeedback");
            String ident = shown == null ? "" : shown.getAttribute("linkrefid");
            if (SafeXml.child(SafeXml.child(condition, "conditionvar"), "other") != null
                    && !ident.equals(CartridgeQti.GENERAL_FEEDBACK) && texts.containsKey(ident)) {
                return texts.get(ident);
            }
        }
        return "";
    }

    private static String profile(Element item) {
        return field(item, "cc_profile");
    }

    /** An item metadata field's entry; empty when the item has none. */
    private static String field(Element item, String label) {
        for (Element field : SafeXml.descendants(SafeXml.child(item, "itemmetadata"), "qtimetadatafield")) {
            if (SafeXml.text(SafeXml.child(field, "fieldlabel")).equals(label)) {
                return SafeXml.text(SafeXml.child(field, "fieldentry"));
            }
        }
        return "";
    }

    private static List<Element> labels(Element item) {
        return SafeXml.descendants(SafeXml.child(item, "presentation"), "response_label");
    }

    /** The response conditions that give credit ({@code <setvar>} above zero). */
    private static List<Element> scoringConditions(Element item) {
        List<Element> scoring = new ArrayList<>();
        for (Element condition : SafeXml.descendants(SafeXml.child(item, "resprocessing"), "respcondition")) {
            for (Element set : SafeXml.children(condition, "setvar")) {
                if (number(SafeXml.text(set)).signum() > 0 && !set.getAttribute("action").equals("Subtract")) {
                    scoring.add(condition);
                    break;
                }
            }
        }
        return scoring;
    }

    /** Option idents a crediting condition asks for (inside a {@code <not>} they are wrong ones). */
    private static Set<String> rightAnswers(Element item) {
        Set<String> right = new LinkedHashSet<>();
        for (Element condition : scoringConditions(item)) {
            for (Element equal : SafeXml.descendants(condition, "varequal")) {
                if (!SafeXml.name((Element) equal.getParentNode()).equals("not")) {
                    right.add(SafeXml.text(equal));
                }
            }
        }
        return right;
    }

    /** Option ident → the text of the feedback its condition displays. */
    private static Map<String, String> answerFeedback(Element item) {
        Map<String, String> texts = feedback(item);
        Map<String, String> byOption = new LinkedHashMap<>();
        for (Element condition : SafeXml.descendants(SafeXml.child(item, "resprocessing"), "respcondition")) {
            List<Element> equals = SafeXml.descendants(condition, "varequal");
            Element shown = SafeXml.child(condition, "displayfeedback");
            if (equals.size() == 1 && shown != null && texts.containsKey(shown.getAttribute("linkrefid"))) {
                byOption.put(SafeXml.text(equals.getFirst()), texts.get(shown.getAttribute("linkrefid")));
            }
        }
        return byOption;
    }

    /** {@code <itemfeedback ident>} → its text. */
    private static Map<String, String> feedback(Element item) {
        Map<String, String> texts = new HashMap<>();
        for (Element feedback : SafeXml.children(item, "itemfeedback")) {
            texts.put(feedback.getAttribute("ident"), plain(feedback));
        }
        return texts;
    }

    /** The raw text of the first {@code <mattext>} below. */
    private static String text(@Nullable Element parent) {
        List<Element> texts = SafeXml.descendants(parent, "mattext");
        return texts.isEmpty() ? "" : texts.getFirst().getTextContent();
    }

    private static boolean isHtml(@Nullable Element parent) {
        List<Element> texts = SafeXml.descendants(parent, "mattext");
        return !texts.isEmpty() && texts.getFirst().getAttribute("texttype").toLowerCase(Locale.ROOT).contains("html");
    }

    /** Question texts: HTML as sanitised Markdown, plain text shown as it is. */
    private static String rich(@Nullable Element material) {
        String text = text(material);
        return isHtml(material) ? HtmlToMarkdown.markdown(text) : HtmlToMarkdown.escapePlain(text);
    }

    /** Option and feedback texts: HTML read as text, plain text kept as written ({@code a < b}, {@code <b>}). */
    private static String plain(@Nullable Element material) {
        return isHtml(material) ? plain(text(material)) : text(material).strip();
    }

    private static String plain(@Nullable String html) {
        return html == null ? "" : HtmlToMarkdown.plain(html);
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    private static int[] itemLines(String text) {
        List<Integer> lines = new ArrayList<>();
        Matcher tag = ITEM_TAG.matcher(text);
        int line = 1;
        int from = 0;
        while (tag.find()) {
            for (int i = from; i < tag.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            from = tag.start();
            lines.add(line);
        }
        return lines.stream().mapToInt(Integer::intValue).toArray();
    }
}
