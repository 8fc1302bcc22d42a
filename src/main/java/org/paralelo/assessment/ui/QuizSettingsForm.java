package org.paralelo.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.paralelo.assessment.FeedbackTiming;
import org.paralelo.assessment.GradingPolicy;
import org.paralelo.assessment.QuizDraft;
import org.paralelo.assessment.QuizService;
import org.paralelo.assessment.QuizSettings;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Notifications;
import org.paralelo.courses.CourseId;

/** The quiz's settings: pass mark, attempts, time limit, shuffling, feedback timing, grading policy, closing date. */
class QuizSettingsForm extends Div {

    private final QuizService quizzes;
    private final CourseId course;
    private final QuizDraft quiz;
    private final Runnable reload;
    private final IntegerField passMark = new IntegerField();
    private final IntegerField attempts = new IntegerField();
    private final IntegerField timeLimit = new IntegerField();
    private final Checkbox shuffleQuestions = new Checkbox();
    private final Checkbox shuffleAnswers = new Checkbox();
    private final Select<FeedbackTiming> feedback = new Select<>();
    private final Select<GradingPolicy> grading = new Select<>();
    private final DatePicker closesOn = new DatePicker();

    QuizSettingsForm(QuizService quizzes, CourseId course, QuizDraft quiz, Runnable reload) {
        this.quizzes = quizzes;
        this.course = course;
        this.quiz = quiz;
        this.reload = reload;
        addClassName("quiz-settings");
        QuizSettings settings = quiz.settings();

        passMark.setLabel(getTranslation("quiz.pass-mark"));
        passMark.setId("pass-mark");
        passMark.setMin(0);
        passMark.setMax(100);
        passMark.setSuffixComponent(new Span("%"));
        passMark.setValue(settings.passMarkPercent());
        attempts.setLabel(getTranslation("quiz.attempts"));
        attempts.setHelperText(getTranslation("quiz.attempts-help"));
        attempts.setId("attempts");
        attempts.setMin(0);
        attempts.setValue(settings.attemptsAllowed());
        timeLimit.setLabel(getTranslation("quiz.time-limit"));
        timeLimit.setHelperText(getTranslation("quiz.time-limit-help", QuizSettings.MAX_TIME_LIMIT_MINUTES));
        timeLimit.setId("time-limit");
        timeLimit.setMin(0);
        timeLimit.setMax(QuizSettings.MAX_TIME_LIMIT_MINUTES);
        timeLimit.setValue(settings.timeLimitMinutes());
        shuffleQuestions.setLabel(getTranslation("quiz.shuffle-questions"));
        shuffleQuestions.setId("shuffle-questions");
        shuffleQuestions.setValue(settings.shuffleQuestions());
        shuffleAnswers.setLabel(getTranslation("quiz.shuffle-answers"));
        shuffleAnswers.setId("shuffle-answers");
        shuffleAnswers.setValue(settings.shuffleAnswers());
        feedback.setLabel(getTranslation("quiz.feedback-timing"));
        feedback.setId("feedback-timing");
        feedback.setItems(FeedbackTiming.values());
        feedback.setItemLabelGenerator(f -> getTranslation("quiz.feedback." + f.name()));
        feedback.setValue(settings.feedbackTiming());
        grading.setLabel(getTranslation("quiz.grading-policy"));
        grading.setId("grading-policy");
        grading.setItems(GradingPolicy.values());
        grading.setItemLabelGenerator(g -> getTranslation("quiz.grading." + g.name()));
        grading.setValue(settings.gradingPolicy());
        closesOn.setLabel(getTranslation("quiz.closes-on"));
        closesOn.setHelperText(getTranslation("quiz.closes-on-help"));
        closesOn.setId("closes-on");
        closesOn.setClearButtonVisible(true);
        closesOn.setLocale(getLocale());
        closesOn.setValue(settings.closesOn());

        FieldErrors errors = new FieldErrors(this).field("passMark", passMark).field("attempts", attempts)
                .field("timeLimit", timeLimit).field("closesOn", closesOn);
        Button save = new Button(getTranslation("quiz.save-settings"), click -> save(errors));
        save.setId("save-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Div numbers = new Div(passMark, attempts, timeLimit);
        numbers.addClassName("quiz-form-row");
        Div choices = new Div(feedback, grading, closesOn);
        choices.addClassName("quiz-form-row");
        add(new H2(getTranslation("quiz.settings")), numbers, new Div(shuffleQuestions, shuffleAnswers), choices,
                save);
    }

    private void save(FieldErrors errors) {
        QuizSettings settings = new QuizSettings(orInvalid(passMark), orInvalid(attempts), orInvalid(timeLimit),
                shuffleQuestions.getValue(), shuffleAnswers.getValue(), feedback.getValue(), grading.getValue(),
                closesOn.getValue());
        try {
            quizzes.updateSettings(course, quiz.itemKey(), settings, quiz.version());
            errors.clear();
            Notifications.success(getTranslation("quiz.settings-saved"));
            reload.run();
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }

    /** An empty or unreadable number is sent as −1, which every range refuses with its own message. */
    private static int orInvalid(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }
}
