package org.paralelo.assessment.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.AttemptClosedException;
import org.paralelo.assessment.AttemptService;
import org.paralelo.assessment.AttemptView;
import org.paralelo.assessment.FeedbackTiming;
import org.paralelo.assessment.QuizIntro;
import org.paralelo.assessment.QuizPreviewService;
import org.paralelo.assessment.Response;
import org.paralelo.base.MarkdownRenderer;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.LearnerPreview;
import org.paralelo.base.ui.RouteIds;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.courses.AuthoringPaths;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.LearnerPaths;

/**
 * The quiz player. Without {@code ?intento=N} (N is the learner's own attempt number, as the screen shows it) it
 * shows the quiz's intro (settings, attempts left, start or resume, past attempts); with it, that attempt: answer
 * fields while it is open — each change saved at once, with a visible status per question — and the result and
 * review once submitted. Long quizzes are paged (five questions a page); the timer counts down to the server's
 * deadline. With {@code ?vista-previa} a trainer plays the draft: same screens, nothing recorded.
 */
@Route("cursos/:courseId/cuestionarios/:itemKey")
@PermitAll
public class QuizPlayerView extends Main implements TitledByHeading, BeforeEnterObserver {

    static final String ATTEMPT_PARAMETER = "intento";
    private static final int RETRY_MILLIS = 5000;

    private final AttemptService attempts;
    private final QuizPreviewService previews;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final Map<String, Response> current = new LinkedHashMap<>();
    private final Map<String, Response> unsaved = new LinkedHashMap<>();
    private final Map<String, QuestionCard> cards = new LinkedHashMap<>();
    private CourseId course = new CourseId(0);
    private String itemKey = "";
    private @Nullable Long attemptId;
    private @Nullable Registration retrying;
    /** Playing the draft for its trainer: answers stay in this screen, the result is computed and forgotten. */
    private boolean preview;
    private List<String> previewKeys = List.of();

    QuizPlayerView(AttemptService attempts, QuizPreviewService previews, MarkdownRenderer markdown, Clock clock) {
        this.attempts = attempts;
        this.previews = previews;
        this.markdown = markdown;
        this.clock = clock;
        addClassName("page");
        addClassName("quiz-player");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        course = new CourseId(RouteIds.id(event, "courseId"));
        itemKey = RouteIds.key(event, "itemKey");
        Optional<Long> attempt = RouteIds.queryId(event, ATTEMPT_PARAMETER);
        preview = LearnerPreview.requested(event);
        try {
            if (preview) {
                showIntro(previews.intro(course, itemKey).orElseThrow(NotFoundException::new));
            } else if (attempt.isPresent()) {
                showAttempt(attempts.myAttemptView(course, itemKey, Math.toIntExact(attempt.get()))
                        .orElseThrow(() -> new UserFacingException("error.attempt.not-found")));
            } else {
                showIntro(attempts.intro(course, itemKey).orElseThrow(NotFoundException::new));
            }
        } catch (UserFacingException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void showIntro(QuizIntro intro) {
        reset();
        attemptId = null;
        addPreviewBanner();
        add(new H1(intro.title()));
        @Nullable Runnable start = null;
        if (preview) {
            start = () -> Refusals.attempt(this, () -> showPreviewAttempt(previews.start(course, itemKey)));
        } else if (intro.canStart()) {
            start = () -> Refusals.attempt(this,
                    () -> openAttempt(attempts.startAttempt(course, itemKey).number()));
        }
        add(new QuizIntroPanel(intro, start, this::openAttempt, this::attemptHref));
        add(backLink());
    }

    private void showPreviewAttempt(AttemptView view) {
        reset();
        previewKeys = view.questions().stream().map(q -> q.question().key()).toList();
        addPreviewBanner();
        add(new H1(view.title()));
        Paragraph note = new Paragraph(getTranslation("attempt.preview.not-recorded"));
        note.setId("preview-not-recorded");
        add(note);
        showPlayer(view);
    }

    private void addPreviewBanner() {
        if (preview) {
            add(LearnerPreview.banner(this, AuthoringPaths.courseEditor(course)));
        }
    }

    /** Opens the learner's attempt by its number, the one they see ("attempt 2"), which the address shows too. */
    private void openAttempt(int number) {
        getUI().ifPresent(ui -> ui.navigate(LearnerPaths.quiz(course, itemKey),
                QueryParameters.of(ATTEMPT_PARAMETER, Integer.toString(number))));
    }

    private void showAttempt(long id) {
        showAttempt(attempts.attempt(id));
    }

    private void showAttempt(AttemptView view) {
        long id = view.id();
        if (!view.course().equals(course) || !view.itemKey().equals(itemKey)) {
            throw new UserFacingException("error.attempt.not-found");
        }
        reset();
        attemptId = id;
        add(new H1(view.title()));
        if (view.open()) {
            showPlayer(view);
        } else {
            showResult(view);
        }
    }

    private void showPlayer(AttemptView view) {
        if (view.deadline() != null) {
            add(timer(view.deadline()));
        }
        List<QuestionCard> all = new ArrayList<>();
        boolean immediate = view.settings().feedbackTiming() == FeedbackTiming.IMMEDIATELY;
        for (AttemptView.AttemptQuestion question : view.questions()) {
            String key = question.question().key();
            if (question.question().type().answered()) {
                current.put(key, question.response());
            }
            QuestionCard[] card = new QuestionCard[1];
            // With immediate feedback a checked answer shows its review and can no longer change.
            boolean checked = question.review() != null;
            Runnable check = immediate && !checked && !preview ? () -> check(view.id(), key) : null;
            card[0] = new QuestionCard(question, view.questionCount(),
                    markdown.toSafeHtml(question.question().text()), checked, response -> save(card[0], response),
                    check);
            cards.put(key, card[0]);
            all.add(card[0]);
        }
        add(new PagedQuestions(all, QuizIntroPanel.primary("submit-attempt", getTranslation("attempt.submit"),
                this::confirmSubmit)));
        add(backLink());
    }

    private void save(QuestionCard card, Response response) {
        current.put(card.key(), response);
        Long id = attemptId;
        if (id == null) {
            return;
        }
        try {
            attempts.saveAnswer(id, card.key(), response);
            unsaved.remove(card.key());
            card.saved();
        } catch (AttemptClosedException closed) {
            Notifications.error(getTranslation(closed.messageKey(), closed.arguments()));
            showAttempt(id);
        } catch (UserFacingException refused) {
            unsaved.remove(card.key());
            card.refused(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (RuntimeException failed) {
            // The server could not store it (database busy or down): keep it and try again shortly.
            unsaved.put(card.key(), response);
            card.retrying();
            retryLater();
        }
    }

    private void retryLater() {
        UI ui = UI.getCurrent();
        if (retrying != null || ui == null) {
            return;
        }
        ui.setPollInterval(RETRY_MILLIS);
        retrying = ui.addPollListener(poll -> {
            new LinkedHashMap<>(unsaved).forEach((key, response) -> {
                QuestionCard card = cards.get(key);
                if (card != null) {
                    save(card, response);
                }
            });
            if (unsaved.isEmpty()) {
                stopRetrying();
            }
        });
    }

    private void stopRetrying() {
        if (retrying != null) {
            retrying.remove();
            retrying = null;
            UI.getCurrent().setPollInterval(-1);
        }
    }

    private void check(long id, String key) {
        Refusals.attempt(this, () -> showAttempt(attempts.checkAnswer(id, key)));
    }

    private void confirmSubmit() {
        long blank = current.values().stream().filter(QuizPlayerView::blank).count();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("attempt.submit.confirm-title"),
                getTranslation("attempt.submit.confirm-text", blank), getTranslation("attempt.submit"),
                confirmed -> submit());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("attempt.submit.keep-going"));
        dialog.setId("confirm-submit");
        dialog.open();
    }

    /** Submits; a second submit (another tab, a double click) simply shows the same result. */
    void submit() {
        if (preview) {
            Refusals.attempt(this, () -> {
                AttemptView graded = previews.grade(course, itemKey, previewKeys, Map.copyOf(current));
                reset();
                addPreviewBanner();
                add(new H1(graded.title()));
                showResult(graded);
            });
            return;
        }
        Long id = attemptId;
        if (id == null) {
            return;
        }
        Refusals.attempt(this, () -> {
            AttemptView submitted = attempts.submit(id);
            Notifications.success(getTranslation("attempt.submitted"));
            showAttempt(submitted);
        });
    }

    /** Called by the countdown when it reaches zero: the server decides, and shows the submitted attempt. */
    @ClientCallable
    void timeUp() {
        Long id = attemptId;
        if (id != null) {
            AttemptView view = attempts.attempt(id);
            if (!view.open()) {
                Notifications.error(getTranslation("attempt.time-up"));
                showAttempt(view);
            }
        }
    }

    private void showResult(AttemptView view) {
        add(new QuizResultPanel(view, preview, markdown));
        Nav links = new Nav();
        links.addClassName("pager");
        links.add(new Anchor(LearnerPreview.keep(LearnerPaths.quiz(course, itemKey), preview),
                getTranslation(preview ? "attempt.preview.again" : "attempt.intro.history")));
        links.add(backLink());
        add(links);
    }

    private Span timer(Instant deadline) {
        Span timer = new Span();
        timer.setId("attempt-timer");
        timer.addClassName("attempt-timer");
        timer.getElement().setAttribute("role", "timer");
        long left = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
        // The browser counts from the time left on the server, not from its own clock, which may be wrong.
        timer.getElement().executeJs("""
                const el = this, end = Date.now() + $0, view = $1, label = $2;
                if (el.__tick) clearInterval(el.__tick);
                const tick = () => {
                  const left = Math.max(0, end - Date.now()), s = Math.ceil(left / 1000);
                  el.textContent = label + ': ' + Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
                  if (left <= 0) { clearInterval(el.__tick); view.$server.timeUp(); }
                };
                tick();
                el.__tick = setInterval(tick, 1000);
                """, left, getElement(), getTranslation("attempt.time-left"));
        timer.setTitle(getTranslation("attempt.deadline-note"));
        return timer;
    }

    private Anchor backLink() {
        Anchor back = new Anchor(LearnerPreview.keep(LearnerPaths.coursePage(course), preview),
                "← " + getTranslation("attempt.back"));
        back.setId("back-to-course");
        return back;
    }

    private String attemptHref(int number) {
        return LearnerPaths.quiz(course, itemKey) + "?" + ATTEMPT_PARAMETER + "=" + number;
    }

    private void reset() {
        stopRetrying();
        removeAll();
        current.clear();
        unsaved.clear();
        cards.clear();
    }

    private static boolean blank(Response response) {
        return switch (response) {
            case Response.Unanswered u -> true;
            case Response.Text t -> t.text().isBlank();
            case Response.Choices c -> c.optionKeys().isEmpty();
            case Response.Matches m -> m.answerByPrompt().isEmpty();
            default -> false;
        };
    }
}
