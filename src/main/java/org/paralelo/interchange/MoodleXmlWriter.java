package org.paralelo.interchange;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
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

/**
 * Writes questions as Moodle XML, which Moodle's "Moodle XML format" import reads and {@link MoodleXmlReader} reads
 * back to the same questions: question texts as {@code format="markdown"}, options and feedback as
 * {@code plain_text}, credits as Moodle's fractions in %, a category switch before each category. Ordering
 * questions use the type of Moodle's ordering plugin ({@code qtype_ordering}).
 */
public final class MoodleXmlWriter {

    private MoodleXmlWriter() {
    }

    public static String write(List<ParsedQuestion> questions) {
        return write(questions, link -> Optional.empty());
    }

    /**
     * The same, with the files a question text links to ({@code media/12/plano.png}) embedded as Moodle does:
     * base64 {@code <file>} elements inside {@code <questiontext>}, linked as {@code @@PLUGINFILE@@/plano.png}.
     * {@code bytes} gives a stored file's content; a link it has none for stays as it is.
     */
    public static String write(List<ParsedQuestion> questions, Function<String, Optional<byte[]>> bytes) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        String category = null;
        for (ParsedQuestion parsed : questions) {
            if (!parsed.category().equals(category)) {
                category = parsed.category();
                out.append("  <question type=\"category\">\n    <category>").append(text("$course$/top/" + category))
                        .append("</category>\n  </question>\n");
            }
            write(parsed.question(), bytes, out);
        }
        return out.append("</quiz>\n").toString();
    }

    private static void write(Question q, Function<String, Optional<byte[]>> bytes, StringBuilder out) {
        QuestionBody body = q.body();
        out.append("  <question type=\"").append(type(body)).append("\">\n");
        out.append("    <name>").append(text(q.title())).append("</name>\n");
        Map<String, byte[]> files = new LinkedHashMap<>();
        String questionText = embed(q.text(), bytes, files);
        out.append("    <questiontext format=\"markdown\">").append(text(questionText));
        files.forEach((name, content) -> out.append("\n      <file name=\"").append(escape(name))
                .append("\" path=\"/\" encoding=\"base64\">").append(Base64.getEncoder().encodeToString(content))
                .append("</file>"));
        out.append("</questiontext>\n");
        out.append("    <generalfeedback format=\"plain_text\">").append(text(q.generalFeedback()))
                .append("</generalfeedback>\n");
        out.append("    <defaultgrade>").append(q.points().stripTrailingZeros().toPlainString())
                .append("</defaultgrade>\n");
        out.append("    <idnumber>").append(escape(q.idNumber())).append("</idnumber>\n");
        switch (body) {
            case SingleChoice single -> {
                out.append("    <single>true</single>\n");
                single.options().forEach(o -> answer(out, o.credit(), o.text(), o.feedback()));
            }
            case MultipleChoice multiple -> {
                out.append("    <single>false</single>\n");
                multiple.options().forEach(o -> answer(out, o.credit(), o.text(), o.feedback()));
            }
            case TrueFalse tf -> {
                answer(out, tf.answer() ? QuestionBody.FULL_CREDIT : BigDecimal.ZERO, "true", tf.feedbackTrue());
                answer(out, tf.answer() ? BigDecimal.ZERO : QuestionBody.FULL_CREDIT, "false", tf.feedbackFalse());
            }
            case ShortAnswer shortAnswer -> {
                out.append("    <usecase>").append(shortAnswer.ignoreCase() ? 0 : 1).append("</usecase>\n");
                shortAnswer.answers().forEach(a -> answer(out, a.credit(), a.text(), a.feedback()));
                if (!shortAnswer.incorrectFeedback().isEmpty()) {
                    answer(out, BigDecimal.ZERO, "*", shortAnswer.incorrectFeedback());
                }
            }
            case Numeric numeric -> {
                numeric.answers().forEach(a -> {
                    answerStart(out, a.credit(), a.value());
                    out.append("      <tolerance>").append(escape(a.tolerance().isEmpty() ? "0" : a.tolerance()))
                            .append("</tolerance>\n");
                    answerEnd(out, a.feedback());
                });
                if (!numeric.incorrectFeedback().isEmpty()) {
                    answer(out, BigDecimal.ZERO, "*", numeric.incorrectFeedback());
                }
            }
            case Matching matching -> matching.pairs().forEach(p -> out.append(
                    "    <subquestion format=\"plain_text\">").append(text(p.prompt())).append("<answer>")
                    .append(text(p.answer())).append("</answer></subquestion>\n"));
            case Ordering ordering -> ordering.items().forEach(i -> out.append(
                    "    <answer fraction=\"1\" format=\"plain_text\">").append(text(i.text())).append("</answer>\n"));
            case Essay essay -> out.append("    <graderinfo format=\"plain_text\">").append(text(essay.graderInfo()))
                    .append("</graderinfo>\n");
            case Description description -> {
            }
        }
        if (!q.tags().isEmpty()) {
            out.append("    <tags>");
            q.tags().forEach(t -> out.append("<tag>").append(text(t)).append("</tag>"));
            out.append("</tags>\n");
        }
        out.append("  </question>\n");
    }

    /** The text with each stored file it links to as {@code @@PLUGINFILE@@/name}, the file put in {@code files}. */
    private static String embed(String text, Function<String, Optional<byte[]>> bytes, Map<String, byte[]> files) {
        Matcher link = PackageReader.MEDIA_LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String path = link.group();
            byte[] content = bytes.apply(path).orElse(null);
            if (content == null) {
                link.appendReplacement(out, Matcher.quoteReplacement(path));
                continue;
            }
            String name = URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8)
                    .replaceAll("[^A-Za-z0-9._-]", "-");
            String unique = name;
            for (int n = 2; files.containsKey(unique) && !Arrays.equals(files.get(unique), content); n++) {
                unique = n + "-" + name;
            }
            files.put(unique, content);
            link.appendReplacement(out, Matcher.quoteReplacement("@@PLUGINFILE@@/" + unique));
        }
        link.appendTail(out);
        return out.toString();
    }

    private static String type(QuestionBody body) {
        return switch (body) {
            case SingleChoice s -> "multichoice";
            case MultipleChoice m -> "multichoice";
            case TrueFalse t -> "truefalse";
            case ShortAnswer s -> "shortanswer";
            case Numeric n -> "numerical";
            case Matching m -> "matching";
            case Ordering o -> "ordering";
            case Essay e -> "essay";
            case Description d -> "description";
        };
    }

    private static void answer(StringBuilder out, BigDecimal credit, String text, String feedback) {
        answerStart(out, credit, text);
        answerEnd(out, feedback);
    }

    private static void answerStart(StringBuilder out, BigDecimal credit, String text) {
        out.append("    <answer fraction=\"").append(credit.stripTrailingZeros().toPlainString())
                .append("\" format=\"plain_text\">\n      ").append(text(text)).append('\n');
    }

    private static void answerEnd(StringBuilder out, String feedback) {
        out.append("      <feedback format=\"plain_text\">").append(text(feedback)).append("</feedback>\n")
                .append("    </answer>\n");
    }

    private static String text(String value) {
        return "<text>" + escape(value) + "</text>";
    }

    /** XML's five special characters; control characters XML cannot hold are dropped. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
