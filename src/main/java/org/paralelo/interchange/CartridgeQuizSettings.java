package org.paralelo.interchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.FeedbackTiming;
import org.paralelo.assessment.GradingPolicy;
import org.paralelo.assessment.QuizSettings;
import org.paralelo.base.InputChecks;
import org.paralelo.interchange.CartridgeWriter.Xml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A quiz's settings in a cartridge's QTI assessment metadata. The CC profile carries the time limit
 * ({@code qmd_timelimit}, minutes) and the attempts ({@code cc_maxattempts}, a number or {@code unlimited}), which
 * Moodle, Canvas and Chamilo read. The rest — pass mark, shuffling, feedback timing, grading policy, closing date —
 * has no CC field, so it travels in fields of our own ({@code paralelo_…}; QTI 1.2 metadata labels are free) that
 * other LMSs ignore: the export reports a quiz whose such settings differ from the defaults.
 */
final class CartridgeQuizSettings {

    private static final String PASS_MARK = "paralelo_pass_mark";
    private static final String SHUFFLE_QUESTIONS = "paralelo_shuffle_questions";
    private static final String SHUFFLE_ANSWERS = "paralelo_shuffle_answers";
    private static final String FEEDBACK = "paralelo_feedback";
    private static final String GRADING = "paralelo_grading";
    private static final String CLOSES_ON = "paralelo_closes_on";
    /** The fields {@link QuizSettings#check} names. */
    private static final List<String> SETTING_FIELDS = List.of("passMark", "attempts", "timeLimit", "closesOn");

    private CartridgeQuizSettings() {
    }

    /** The metadata fields, as {@code <qtimetadatafield>} lines. */
    static String fields(QuizSettings s) {
        StringBuilder out = new StringBuilder();
        if (s.timeLimitMinutes() > 0) {
            out.append(field("qmd_timelimit", String.valueOf(s.timeLimitMinutes())));
        }
        out.append(field("cc_maxattempts", s.attemptsAllowed() == 0 ? "unlimited" : String.valueOf(s.attemptsAllowed())))
                .append(field(PASS_MARK, String.valueOf(s.passMarkPercent())))
                .append(field(SHUFFLE_QUESTIONS, yesNo(s.shuffleQuestions())))
                .append(field(SHUFFLE_ANSWERS, yesNo(s.shuffleAnswers())))
                .append(field(FEEDBACK, s.feedbackTiming().name()))
                .append(field(GRADING, s.gradingPolicy().name()));
        if (s.closesOn() != null) {
            out.append(field(CLOSES_ON, s.closesOn().toString()));
        }
        return out.toString();
    }

    /** Whether other LMSs lose something of these settings: those beyond the CC fields differ from the defaults. */
    static boolean onlyParaleloReadsAll(QuizSettings s) {
        QuizSettings d = QuizSettings.defaults();
        return s.passMarkPercent() != d.passMarkPercent() || s.shuffleQuestions() != d.shuffleQuestions()
                || s.shuffleAnswers() != d.shuffleAnswers() || s.feedbackTiming() != d.feedbackTiming()
                || s.gradingPolicy() != d.gradingPolicy() || s.closesOn() != null;
    }

    /** The settings an assessment's metadata gives; the defaults for whatever it does not say or says badly. */
    static QuizSettings read(Document qti) {
        Element assessment = SafeXml.child(qti.getDocumentElement(), "assessment");
        Map<String, String> fields = new HashMap<>();
        for (Element field : SafeXml.children(SafeXml.child(assessment, "qtimetadata"), "qtimetadatafield")) {
            fields.put(SafeXml.text(SafeXml.child(field, "fieldlabel")).toLowerCase(Locale.ROOT),
                    SafeXml.text(SafeXml.child(field, "fieldentry")));
        }
        QuizSettings d = QuizSettings.defaults();
        String attempts = fields.getOrDefault("cc_maxattempts", "");
        QuizSettings read = new QuizSettings(
                number(fields.get(PASS_MARK), d.passMarkPercent()),
                attempts.equalsIgnoreCase("unlimited") ? 0 : number(attempts, d.attemptsAllowed()),
                number(fields.get("qmd_timelimit"), d.timeLimitMinutes()),
                yes(fields.get(SHUFFLE_QUESTIONS), d.shuffleQuestions()),
                yes(fields.get(SHUFFLE_ANSWERS), d.shuffleAnswers()),
                choice(FeedbackTiming.class, fields.get(FEEDBACK), d.feedbackTiming()),
                choice(GradingPolicy.class, fields.get(GRADING), d.gradingPolicy()),
                date(fields.get(CLOSES_ON)));
        InputChecks checks = new InputChecks();
        read.check(checks);
        // Values out of range (a hand-edited file) fall back to the defaults rather than refuse the whole quiz.
        return SETTING_FIELDS.stream().anyMatch(checks::hasProblem) ? d : read;
    }

    private static String field(String label, String entry) {
        return "        <qtimetadatafield><fieldlabel>" + label + "</fieldlabel><fieldentry>" + Xml.text(entry)
                + "</fieldentry></qtimetadatafield>\n";
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private static boolean yes(@Nullable String text, boolean blank) {
        return text == null ? blank : text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("true");
    }

    private static int number(@Nullable String text, int blank) {
        try {
            return text == null || text.isBlank() ? blank : Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            return blank;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, @Nullable String text, E blank) {
        for (E value : List.of(type.getEnumConstants())) {
            if (value.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return value;
            }
        }
        return blank;
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
