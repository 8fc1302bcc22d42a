package org.paralelo.learning.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ui.LearnerPreview;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.RouteIds;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.courses.AuthoringPaths;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.courses.LessonPage;
import org.paralelo.courses.LessonRenderer;
import org.paralelo.learning.CompletionMode;
import org.paralelo.learning.CourseProgress;
import org.paralelo.learning.ItemStatus;
import org.paralelo.learning.LessonVisit;
import org.paralelo.learning.OutlineItem;
import org.paralelo.learning.ProgressService;
import org.springframework.security.access.AccessDeniedException;

/**
 * The lesson player: the course outline with statuses, the lesson (sanitised HTML from the service; images lazy,
 * videos as cards that load on click), previous/next over every item, and completion on reaching the end of the
 * lesson or by button, as the course decides. Opening it records "continue where I left off" on the server.
 */
@Route("cursos/:courseId/lecciones/:itemKey")
@PermitAll
public class LessonView extends Main implements TitledByHeading, BeforeEnterObserver {

    /**
     * Calls the server once the end-of-lesson marker has stayed in view for {@link #END_SEEN_MILLIS} (a learner
     * flicking past the end has not read it), then stops watching; nothing if the marker has left the page (another
     * lesson is shown). The call names the lesson, so a late one never completes the next lesson. The wait also
     * keeps this round trip out of the navigation itself: the lesson is readable first, the completion follows.
     * Browsers without IntersectionObserver (older phones) check the marker's position on scroll and resize.
     */
    private static final String WATCH_END = """
            const marker = $0, view = $1, key = $2, wait = $3;
            let sent = false, timer = null;
            const reached = () => {
              if (!sent && marker.isConnected) { sent = true; view.$server.reachedEnd(key); }
            };
            const seen = visible => {
              clearTimeout(timer);
              timer = visible && !sent ? setTimeout(reached, wait) : null;
            };
            if ('IntersectionObserver' in window) {
              const watcher = new IntersectionObserver(entries => {
                seen(entries[entries.length - 1].isIntersecting);
                if (sent || !marker.isConnected) { watcher.disconnect(); }
              });
              watcher.observe(marker);
            } else {
              const check = () => {
                seen(marker.isConnected && marker.getBoundingClientRect().top <= window.innerHeight);
                if (sent || !marker.isConnected) {
                  window.removeEventListener('scroll', check);
                  window.removeEventListener('resize', check);
                }
              };
              window.addEventListener('scroll', check);
              window.addEventListener('resize', check);
              check();
            }
            """;
    /** How long the end of a lesson stays in view before it counts as reached. */
    static final int END_SEEN_MILLIS = 1_000;

    private final CatalogueService catalogue;
    private final ProgressService progress;
    private @Nullable CourseId course;
    private @Nullable String itemKey;
    private boolean done;
    private CompletionMode mode = CompletionMode.BY_BUTTON;
    private final Div completion = new Div();
    /**
     * The outline, one for the life of the view: navigations and completion change its summary and entries only.
     * A new {@code vaadin-details} would report its "opened" property back once it starts: one more round trip.
     */
    private final Details outline = new Details();

    LessonView(CatalogueService catalogue, ProgressService progress) {
        this.catalogue = catalogue;
        this.progress = progress;
        addClassName("page");
        addClassName("lesson-player");
        outline.addClassName("lesson-outline");
        outline.setId("lesson-outline");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        course = new CourseId(RouteIds.id(event, "courseId"));
        itemKey = RouteIds.key(event, "itemKey");
        boolean preview = LearnerPreview.requested(event);
        getChildren().filter(child -> child != outline).toList().forEach(this::remove);
        if (preview) {
            LessonPage lesson = catalogue.previewLesson(course, itemKey).orElseThrow(NotFoundException::new);
            add(LearnerPreview.banner(this, AuthoringPaths.courseEditor(course)));
            show(lesson, null, CompletionMode.BY_BUTTON, true);
            return;
        }
        LessonVisit visit;
        try {
            visit = progress.openLesson(course, itemKey).orElseThrow(NotFoundException::new);
        } catch (AccessDeniedException notEnrolled) {
            // Not enrolled (yet): the course page says why and offers "Enrol" where the course allows it.
            event.forwardTo(LearnerPaths.coursePage(course));
            return;
        }
        mode = visit.completionMode();
        show(visit.page(), visit.progress(), visit.completionMode(), false);
    }

    private void show(LessonPage lesson, @Nullable CourseProgress mine, CompletionMode mode, boolean preview) {
        CourseId id = lesson.course();
        Span breadcrumb = new Span(lesson.courseTitle() + " › " + lesson.moduleTitle());
        breadcrumb.addClassName("breadcrumb");
        if (mine == null) {
            remove(outline);
        } else {
            showOutline(mine);
            if (outline.getParent().isEmpty()) {
                addComponentAsFirst(outline);
            }
        }
        Article body = new Article(new Html("<div>" + lesson.safeHtml() + "</div>"));
        body.addClassName("lesson-body");
        Div endMarker = new Div();
        endMarker.addClassName("lesson-end");
        completion.removeAll();
        completion.addClassName("lesson-completion");
        completion.setId("lesson-completion");
        add(breadcrumb, new H1(lesson.title()), body, endMarker, completion);
        done = mine != null && mine.outline().stream()
                .anyMatch(i -> i.key().equals(lesson.itemKey()) && i.status() == ItemStatus.DONE);
        if (mine != null) {
            showCompletion(mode);
            if (!done && mode == CompletionMode.ON_REACHING_END) {
                getElement().executeJs(WATCH_END, endMarker.getElement(), getElement(), lesson.itemKey(),
                        END_SEEN_MILLIS);
            }
        }
        add(pager(id, lesson, mine, preview));
        body.getElement().executeJs(LessonRenderer.VIDEO_CARD_SCRIPT, body.getElement());
    }

    private void showCompletion(CompletionMode mode) {
        completion.removeAll();
        if (done) {
            Span status = new Span(VaadinIcon.CHECK.create(), new Span(getTranslation("learning.lesson.done")));
            status.setId("lesson-done");
            status.getElement().setAttribute("role", "status");
            completion.add(status);
        } else if (mode == CompletionMode.BY_BUTTON) {
            Button mark = new Button(getTranslation("learning.lesson.mark-done"), VaadinIcon.CHECK.create(),
                    click -> complete());
            mark.setId("mark-done");
            mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            mark.setDisableOnClick(true);
            completion.add(mark);
        }
    }

    /** The browser saw the end of the lesson {@code key} (automatic completion) if it is still the one shown. */
    @ClientCallable
    void reachedEnd(String key) {
        if (!done && mode == CompletionMode.ON_REACHING_END && key.equals(itemKey)) {
            complete();
        }
    }

    private void complete() {
        if (course == null || itemKey == null) {
            return;
        }
        CourseId id = course;
        String key = itemKey;
        CourseProgress[] now = new CourseProgress[1];
        if (Refusals.attempt(this, () -> now[0] = progress.completeLesson(id, key))) {
            done = true;
            showCompletion(CompletionMode.BY_BUTTON);
            showOutline(now[0]);
        }
    }

    private void showOutline(CourseProgress mine) {
        outline.setSummaryText(getTranslation("learning.outline") + " · " + getTranslation(
                "learning.progress.text", mine.requiredDone(), mine.requiredTotal(), mine.percent()));
        outline.removeAll();
        outline.add(OutlineHtml.of(mine, itemKey, getTranslation("learning.outline"),
                status -> getTranslation(status.messageKey())));
    }

    private Nav pager(CourseId id, LessonPage lesson, @Nullable CourseProgress mine, boolean preview) {
        String previous;
        String next;
        if (mine == null) {
            previous = lesson.previousItemKey() == null ? null
                    : LearnerPreview.keep(LearnerPaths.lesson(id, lesson.previousItemKey()), preview);
            next = lesson.nextItemKey() == null ? null
                    : LearnerPreview.keep(LearnerPaths.lesson(id, lesson.nextItemKey()), preview);
        } else {
            List<OutlineItem> items = mine.outline();
            int at = 0;
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).key().equals(lesson.itemKey())) {
                    at = i;
                }
            }
            previous = at > 0 ? LearnerPaths.item(id, items.get(at - 1).kind(), items.get(at - 1).key()) : null;
            next = at + 1 < items.size()
                    ? LearnerPaths.item(id, items.get(at + 1).kind(), items.get(at + 1).key()) : null;
        }
        Nav pager = new Nav();
        pager.addClassName("pager");
        pager.setAriaLabel(getTranslation("lesson.pager"));
        if (previous != null) {
            pager.add(new Anchor(previous, "← " + getTranslation("lesson.previous")));
        }
        pager.add(new Anchor(LearnerPreview.keep(LearnerPaths.coursePage(id), preview), getTranslation("lesson.syllabus")));
        if (next != null) {
            pager.add(new Anchor(next, getTranslation("lesson.next") + " →"));
        }
        return pager;
    }
}
