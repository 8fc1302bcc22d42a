package org.paralelo.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.AttemptSummary;
import org.paralelo.assessment.QuizIntro;
import org.paralelo.assessment.QuizSettings;

/**
 * The quiz's intro in the player: its settings, the learner's standing, start or resume (or why not), and past
 * attempts. What the buttons do is the player's; this only lays the intro out.
 */
class QuizIntroPanel extends Div {

    /**
     * @param start      starts an attempt (a preview one for a trainer); null when the learner cannot start
     * @param resume     opens the learner's open attempt by its number
     * @param attemptUrl the address of a past attempt by its number
     */
    QuizIntroPanel(QuizIntro intro, @Nullable Runnable start, IntConsumer resume,
                   IntFunction<String> attemptUrl) {
        addClassName("quiz-intro");
        add(facts(intro));
        if (intro.gradePercent() != null) {
            Paragraph standing = new Paragraph(getTranslation("attempt.intro.standing",
                    QuizNumbers.plain(intro.gradePercent(), getLocale())) + " · "
                    + getTranslation(intro.passed() ? "attempt.intro.passed" : "attempt.intro.not-passed"));
            standing.setId("quiz-standing");
            add(standing);
        }
        if (intro.attempts().stream().anyMatch(a -> a.state().name().equals("AWAITING_GRADING"))) {
            add(new Paragraph(getTranslation("attempt.intro.awaiting")));
        }
        if (intro.openAttemptId() != null) {
            long open = intro.openAttemptId();
            int number = intro.attempts().stream().filter(a -> a.id() == open).mapToInt(AttemptSummary::number)
                    .findFirst().orElseThrow();
            add(primary("resume-attempt", getTranslation("attempt.resume"), () -> resume.accept(number)));
        } else if (start != null) {
            add(primary("start-attempt", getTranslation("attempt.start"), start));
        } else {
            Paragraph reason = new Paragraph();
            reason.setId("cannot-start");
            reason.setText(getTranslation(String.valueOf(intro.cannotStartReason())));
            add(reason);
        }
        history(intro, attemptUrl);
    }

    private UnorderedList facts(QuizIntro intro) {
        QuizSettings settings = intro.settings();
        UnorderedList facts = new UnorderedList();
        facts.addClassName("quiz-facts");
        facts.add(new ListItem(getTranslation("attempt.intro.questions", intro.questionCount())));
        facts.add(new ListItem(getTranslation("attempt.intro.pass-mark", settings.passMarkPercent())));
        facts.add(new ListItem(settings.attemptsAllowed() == 0
                ? getTranslation("attempt.intro.attempts-unlimited", intro.attemptsUsed())
                : getTranslation("attempt.intro.attempts", intro.attemptsUsed(), settings.attemptsAllowed())));
        facts.add(new ListItem(settings.timeLimitMinutes() == 0 ? getTranslation("attempt.intro.no-time-limit")
                : getTranslation("attempt.intro.time-limit", settings.timeLimitMinutes())));
        if (settings.closesOn() != null) {
            facts.add(new ListItem(getTranslation("attempt.intro.closes", settings.closesOn()
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())))));
        }
        facts.add(new ListItem(getTranslation("attempt.intro.grading",
                getTranslation("quiz.grading." + settings.gradingPolicy().name()))));
        facts.add(new ListItem(getTranslation("attempt.intro.feedback",
                getTranslation("quiz.feedback." + settings.feedbackTiming().name()))));
        return facts;
    }

    private void history(QuizIntro intro, IntFunction<String> attemptUrl) {
        List<AttemptSummary> past = intro.attempts().stream().filter(a -> !a.state().open()).toList();
        if (past.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("attempt.intro.history")));
        UnorderedList history = new UnorderedList();
        history.addClassName("attempt-history");
        past.forEach(a -> history.add(new ListItem(new Anchor(attemptUrl.apply(a.number()), getTranslation(
                "attempt.intro.history-row", a.number(), getTranslation("attempt.state." + a.state().name()),
                a.gradePercent() == null ? getTranslation("attempt.intro.no-grade")
                        : QuizNumbers.plain(a.gradePercent(), getLocale()) + " %")))));
        add(history);
    }

    static Button primary(String id, String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
