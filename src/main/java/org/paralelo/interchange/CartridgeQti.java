package org.paralelo.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuizSettings;
import org.paralelo.base.MarkdownRenderer;
import org.paralelo.interchange.CartridgeWriter.Xml;

/**
 * Questions as QTI 1.2 in the Common Cartridge profile: single choice as {@code cc.multiple_choice}, multiple
 * choice as {@code cc.multiple_response} (the options with positive credit are the right ones), true/false, short
 * answer as {@code cc.fib} and essays. Numeric, matching, ordering and description items have no CC type: they are
 * left out and listed as lost. Points travel as QTI's {@code qmd_weighting}; partial credits of single choice and
 * short answer as the score their condition sets; a multiple choice keeps the CC profile's all-or-nothing
 * condition (which other LMSs read) and its per-option credits in a field of our own, {@link #CREDITS}.
 * Feedback travels the CC way: an {@code <itemfeedback>} per text, shown by a {@code <displayfeedback>} in the
 * condition that picks the option or answer (a short answer's 0 % answers keep their feedback so), the feedback for
 * any other answer by an {@code <other/>} condition, and the general feedback as {@code general_fb}.
 */
final class CartridgeQti {

    /** Item metadata with a multiple choice's credits in %, one per option in order: {@code 50,50,-100}. */
    static final String CREDITS = "paralelo_credits";
    /** The feedback every LMS shows whatever the answer. */
    static final String GENERAL_FEEDBACK = "general_fb";
    /** The feedback for any answer no condition names (Canvas's ident too). */
    static final String OTHER_FEEDBACK = "general_incorrect_fb";

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private CartridgeQti() {
    }

    static String assessment(String code, String title, List<ParsedQuestion> questions, QuizSettings settings,
                             String file, List<PackageProblem> lost) {
        if (CartridgeQuizSettings.onlyParaleloReadsAll(settings)) {
            lost.add(new PackageProblem(file, 0, "interchange.cc.export-settings-paralelo-only", title));
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<questestinterop xmlns=\"http://www.imsglobal.org/xsd/ims_qtiasiv1p2\">\n"
                + "  <assessment ident=\"" + CartridgeWriter.id(code) + "\" title=\"" + Xml.attribute(title) + "\">\n"
                + "    <qtimetadata>\n" + field("cc_profile", "cc.exam.v0p1") + field("qmd_assessmenttype",
                "Examination") + CartridgeQuizSettings.fields(settings) + "    </qtimetadata>\n"
                + "    <section ident=\"root_section\">\n" + items(questions, file, lost) + "    </section>\n"
                + "  </assessment>\n</questestinterop>\n";
    }

    static String bank(List<ParsedQuestion> questions, String file, List<PackageProblem> lost) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<questestinterop xmlns=\"http://www.imsglobal.org/xsd/ims_qtiasiv1p2\">\n"
                + "  <objectbank ident=\"bank\">\n    <qtimetadata>\n" + field("cc_profile", "cc.exam.v0p1")
                + "    </qtimetadata>\n" + items(questions, file, lost) + "  </objectbank>\n</questestinterop>\n";
    }

    private static String items(List<ParsedQuestion> questions, String file, List<PackageProblem> lost) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (ParsedQuestion parsed : questions) {
            Question q = parsed.question();
            n++;
            String profile = switch (q.body()) {
                case QuestionBody.SingleChoice s -> "cc.multiple_choice.v0p1";
                case QuestionBody.MultipleChoice m -> "cc.multiple_response.v0p1";
                case QuestionBody.TrueFalse t -> "cc.true_false.v0p1";
                case QuestionBody.ShortAnswer s -> "cc.fib.v0p1";
                case QuestionBody.Essay e -> "cc.essay.v0p1";
                default -> null;
            };
            String name = q.title().isEmpty() ? MarkdownRenderer.plainText(q.text()) : q.title();
            if (profile == null) {
                lost.add(new PackageProblem(file, 0, "interchange.cc.export-lost", name,
                        List.of(name, q.type().name())));
                continue;
            }
            out.append("      <item ident=\"q").append(n).append("\" title=\"").append(Xml.attribute(name))
                    .append("\">\n        <itemmetadata><qtimetadata>\n").append(field("cc_profile", profile))
                    .append(q.type().gradedByHand() ? field("qmd_computerscored", "No") : "")
                    .append(field("qmd_weighting", q.points().stripTrailingZeros().toPlainString()))
                    .append(q.body() instanceof QuestionBody.MultipleChoice m ? field(CREDITS, m.options().stream()
                            .map(o -> o.credit().stripTrailingZeros().toPlainString())
                            .collect(Collectors.joining(","))) : "")
                    .append("        </qtimetadata></itemmetadata>\n        <presentation>\n")
                    .append(material(MarkdownRenderer.clean(RENDERER.render(PARSER.parse(q.text()))), true))
                    .append(response(q.body()))
                    .append("        </presentation>\n").append(processing(q.body()));
            if (!q.generalFeedback().isEmpty()) {
                out.append(itemFeedback(GENERAL_FEEDBACK, q.generalFeedback()));
            }
            notes(q.body()).forEach(note -> out.append(itemFeedback(note.ident(), note.text())));
            out.append("      </item>\n");
        }
        return out.toString();
    }

    private static String response(QuestionBody body) {
        return switch (body) {
            case QuestionBody.SingleChoice s -> choices("Single", s.options().stream()
                    .map(QuestionBody.SingleChoice.Option::text).toList());
            case QuestionBody.MultipleChoice m -> choices("Multiple", m.options().stream()
                    .map(QuestionBody.MultipleChoice.Option::text).toList());
            case QuestionBody.TrueFalse t -> choices("Single", List.of("True", "False"));
            default -> "          <response_str ident=\"response1\" rcardinality=\"Single\"><render_fib>"
                    + "<response_label ident=\"answer1\" rshuffle=\"No\"/></render_fib></response_str>\n";
        };
    }

    private static String choices(String cardinality, List<String> texts) {
        StringBuilder out = new StringBuilder("          <response_lid ident=\"response1\" rcardinality=\""
                + cardinality + "\"><render_choice>\n");
        for (int i = 0; i < texts.size(); i++) {
            out.append("            <response_label ident=\"o").append(i + 1).append("\">")
                    .append(material(texts.get(i), false)).append("</response_label>\n");
        }
        return out.append("          </render_choice></response_lid>\n").toString();
    }

    /** Feedback shown for one option or answer (or, with {@code <other/>}, for any other answer). */
    private record Note(String ident, String test, String text) {
    }

    /** Every non-empty option, answer and "any other answer" feedback of the question, in option order. */
    private static List<Note> notes(QuestionBody body) {
        List<Note> notes = new ArrayList<>();
        switch (body) {
            case QuestionBody.SingleChoice s -> {
                for (int i = 0; i < s.options().size(); i++) {
                    notes.add(new Note("o" + (i + 1) + "_fb", option(i), s.options().get(i).feedback()));
                }
            }
            case QuestionBody.MultipleChoice m -> {
                for (int i = 0; i < m.options().size(); i++) {
                    notes.add(new Note("o" + (i + 1) + "_fb", option(i), m.options().get(i).feedback()));
                }
            }
            case QuestionBody.TrueFalse t -> {
                notes.add(new Note("o1_fb", option(0), t.feedbackTrue()));
                notes.add(new Note("o2_fb", option(1), t.feedbackFalse()));
            }
            case QuestionBody.ShortAnswer s -> {
                for (int i = 0; i < s.answers().size(); i++) {
                    notes.add(new Note("a" + (i + 1) + "_fb", answer(s, s.answers().get(i).text()),
                            s.answers().get(i).feedback()));
                }
                notes.add(new Note(OTHER_FEEDBACK, "<other/>", s.incorrectFeedback()));
            }
            default -> {
            }
        }
        return notes.stream().filter(n -> !n.text().isEmpty()).toList();
    }

    private static String option(int index) {
        return "<varequal respident=\"response1\">o" + (index + 1) + "</varequal>";
    }

    private static String answer(QuestionBody.ShortAnswer s, String text) {
        return "<varequal respident=\"response1\" case=\"" + (s.ignoreCase() ? "No" : "Yes") + "\">" + Xml.text(text)
                + "</varequal>";
    }

    /** A condition that shows a feedback; {@code goOn}: the conditions after it still run. */
    private static String shows(Note note, boolean goOn) {
        return "          <respcondition continue=\"" + (goOn ? "Yes" : "No") + "\"><conditionvar>" + note.test() + "</conditionvar>"
                + "<displayfeedback feedbacktype=\"Response\" linkrefid=\"" + note.ident()
                + "\"/></respcondition>\n";
    }

    private static String itemFeedback(String ident, String text) {
        return "        <itemfeedback ident=\"" + ident + "\">" + material(text, false) + "</itemfeedback>\n";
    }

    /**
     * The feedback conditions first (they go on), then the scoring: a condition per right answer (single choice,
     * true/false, short answer) or one for all, which stops; the "any other answer" feedback last.
     */
    private static String processing(QuestionBody body) {
        StringBuilder out = new StringBuilder("        <resprocessing><outcomes><decvar maxvalue=\"100\" "
                + "minvalue=\"0\" varname=\"SCORE\" vartype=\"Decimal\"/></outcomes>\n");
        List<Note> notes = notes(body);
        notes.stream().filter(n -> !n.ident().equals(OTHER_FEEDBACK)).forEach(n -> out.append(shows(n, true)));
        switch (body) {
            case QuestionBody.SingleChoice s -> {
                for (int i = 0; i < s.options().size(); i++) {
                    QuestionBody.SingleChoice.Option o = s.options().get(i);
                    if (o.correct() || o.credit().signum() > 0) {
                        out.append(condition(option(i),
                                o.correct() ? QuestionBody.FULL_CREDIT : o.credit()));
                    }
                }
            }
            case QuestionBody.MultipleChoice m -> {
                StringBuilder all = new StringBuilder("<and>");
                for (int i = 0; i < m.options().size(); i++) {
                    String equal = option(i);
                    all.append(m.options().get(i).credit().signum() > 0 ? equal : "<not>" + equal + "</not>");
                }
                out.append(condition(all.append("</and>").toString()));
            }
            case QuestionBody.TrueFalse t -> out.append(condition(option(t.answer() ? 0 : 1)));
            case QuestionBody.ShortAnswer s -> s.answers().stream()
                    .filter(a -> a.credit().signum() > 0)
                    .forEach(a -> out.append(condition(answer(s, a.text()), a.credit())));
            default -> {
            }
        }
        notes.stream().filter(n -> n.ident().equals(OTHER_FEEDBACK)).forEach(n -> out.append(shows(n, false)));
        return out.append("        </resprocessing>\n").toString();
    }

    private static String condition(String test) {
        return condition(test, QuestionBody.FULL_CREDIT);
    }

    /** A condition that sets the score to the credit (in %: 100 for a right answer, less for a partial one). */
    private static String condition(String test, BigDecimal credit) {
        return "          <respcondition continue=\"No\"><conditionvar>" + test + "</conditionvar>"
                + "<setvar action=\"Set\" varname=\"SCORE\">" + credit.stripTrailingZeros().toPlainString()
                + "</setvar></respcondition>\n";
    }

    private static String material(String text, boolean html) {
        return "<material><mattext texttype=\"" + (html ? "text/html" : "text/plain") + "\">" + Xml.text(text)
                + "</mattext></material>";
    }

    private static String field(String label, String entry) {
        return "        <qtimetadatafield><fieldlabel>" + label + "</fieldlabel><fieldentry>" + entry
                + "</fieldentry></qtimetadatafield>\n";
    }
}
