package org.paralelo.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.RouteIds;
import org.paralelo.base.ui.LiveScreen;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.community.NewThread;
import org.paralelo.community.SpaceAccess;
import org.paralelo.community.SpaceId;
import org.paralelo.community.SpacePaths;
import org.paralelo.community.SpaceService;
import org.paralelo.community.SpaceSummary;
import org.paralelo.community.ThreadId;
import org.paralelo.community.ThreadKind;
import org.paralelo.community.ThreadService;
import org.paralelo.community.ThreadSummary;
import org.paralelo.media.MediaService;

/** A space: its threads (pinned first, then the most active), loaded a page at a time, and a form to open one. */
@Route("red/espacios/:spaceId")
@PermitAll
public class SpaceView extends Main implements LiveScreen, TitledByHeading, BeforeEnterObserver {

    static final int PAGE = 30;

    private final SpaceService spaces;
    private final ThreadService threads;
    private final SpaceAccess access;
    private final MediaService media;
    private final Div list = new Div();
    private final Button more = new Button();
    private SpaceId space = new SpaceId(0);
    private int shown;

    SpaceView(SpaceService spaces, ThreadService threads, SpaceAccess access, MediaService media) {
        this.media = media;
        this.spaces = spaces;
        this.threads = threads;
        this.access = access;
        addClassName("page");
        addClassName("community");
        list.setId("threads");
        list.addClassName("thread-list");
        more.setText(getTranslation("community.threads.more"));
        more.setId("more-threads");
        more.addClickListener(click -> loadMore());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        space = new SpaceId(RouteIds.id(event, "spaceId"));
        if (!access.canRead(space)) {
            throw new NotFoundException();
        }
        SpaceSummary summary = spaces.space(space);
        removeAll();
        Anchor back = new Anchor(SpacePaths.spaces(), getTranslation("community.back-to-spaces"));
        back.setId("to-spaces");
        add(back, new H1(summary.name(getLocale())));
        if (!summary.description(getLocale()).isBlank()) {
            add(new Paragraph(summary.description(getLocale())));
        }
        if (spaces.canPost(space)) {
            add(composer());
        }
        list.removeAll();
        shown = 0;
        add(list, more);
        loadMore();
    }

    private void loadMore() {
        List<ThreadSummary> page = threads.threads(space, shown, PAGE);
        if (shown == 0 && page.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("community.threads.none"));
            none.setId("threads-empty");
            list.add(none);
        }
        page.forEach(thread -> list.add(row(thread)));
        shown += page.size();
        more.setVisible(shown < threads.countThreads(space));
    }

    private Div row(ThreadSummary thread) {
        Anchor title = new Anchor(SpacePaths.thread(thread.id()), thread.title());
        title.setId("thread-" + thread.id().value());
        Div row = new Div(title);
        row.addClassName("thread-row");
        Div marks = new Div();
        marks.addClassName("thread-marks");
        if (thread.pinned()) {
            marks.add(SpaceLabels.badge(this, "community.thread.pinned"));
        }
        if (thread.kind() == ThreadKind.DEBATE) {
            marks.add(SpaceLabels.badge(this, "community.thread-kind.DEBATE"));
        }
        if (thread.answered()) {
            marks.add(SpaceLabels.badge(this, "community.thread.answered"));
        }
        if (thread.closed()) {
            marks.add(SpaceLabels.badge(this, "community.thread.closed"));
        }
        if (thread.hidden()) {
            marks.add(SpaceLabels.badge(this, "community.thread.hidden"));
        }
        if (thread.neverOpened()) {
            marks.add(SpaceLabels.badge(this, "community.thread.new"));
        } else if (thread.unread() > 0) {
            marks.add(new Span(getTranslation("community.thread.unread", thread.unread())));
        }
        row.add(marks, new Span(getTranslation("community.thread.facts", thread.author().fullName(), thread.replies(),
                SpaceLabels.when(getLocale(), thread.lastPostAt()))));
        return row;
    }

    private Details composer() {
        TextField title = new TextField(getTranslation("community.thread.title"));
        title.setId("new-thread-title");
        title.setMaxLength(ThreadService.TITLE_MAX);
        title.setWidthFull();
        RadioButtonGroup<ThreadKind> kind = new RadioButtonGroup<>(getTranslation("community.thread.kind"));
        kind.setId("new-thread-kind");
        kind.setItems(ThreadKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(ThreadKind.DISCUSSION);
        kind.addValueChangeListener(change -> title.setLabel(getTranslation(change.getValue() == ThreadKind.DEBATE
                ? "community.thread.question" : "community.thread.title")));
        TextArea body = new TextArea(getTranslation("community.thread.body"));
        body.setId("new-thread-body");
        body.setHelperText(getTranslation("community.markdown-help"));
        body.setMaxLength(ThreadService.BODY_MAX);
        body.setWidthFull();
        PostFilesField files = new PostFilesField(media, body, "new-thread", List.of());
        Button open = new Button(getTranslation("community.thread.open"));
        open.setId("open-thread");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FieldErrors errors = new FieldErrors(this).field("title", title).field("body", body);
        open.addClickListener(click -> {
            ThreadId[] made = new ThreadId[1];
            if (SpaceForms.attempt(this, errors, () -> made[0] = threads.open(new NewThread(space, kind.getValue(),
                    title.getValue(), body.getValue(), files.attachments())))) {
                getUI().ifPresent(ui -> ui.navigate(SpacePaths.thread(made[0])));
            }
        });
        Details details = new Details(getTranslation("community.thread.new-summary"), new Div(kind, title, body, files,
                open));
        details.setId("new-thread");
        return details;
    }
}
