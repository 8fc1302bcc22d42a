package org.paralelo.courses.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.FileUploads;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.RouteIds;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.courses.AuthoringPaths;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.LessonDraft;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;

/**
 * Markdown on the left, the learner's view on the right, a toolbar for the common marks. The preview is rendered
 * by the server exactly as learners will get it. Saving checks the version, so a second trainer's save is
 * refused with a message and the typed text stays in the editor.
 */
@Route("autoria/cursos/:courseId/lecciones/:itemKey")
@RolesAllowed({"TRAINER", "ADMIN"})
public class LessonEditorView extends Main
        implements TitledByHeading, BeforeEnterObserver, BeforeLeaveObserver {

    private final CourseAuthoringService authoring;
    private final MediaService media;
    private final TextField title = new TextField();
    private final Checkbox required = new Checkbox();
    private final TextArea markdown = new TextArea();
    private final Div preview = new Div();
    private CourseId course = new CourseId(0);
    private LessonDraft lesson;
    private long version;
    private boolean dirty;

    LessonEditorView(CourseAuthoringService authoring, MediaService media) {
        this.authoring = authoring;
        this.media = media;
        addClassName("page");
        addClassName("lesson-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        course = new CourseId(RouteIds.id(event, "courseId"));
        lesson = authoring.lesson(course, RouteIds.key(event, "itemKey"));
        version = lesson.version();
        build();
    }

    private void build() {
        removeAll();
        Anchor back = new Anchor(AuthoringPaths.courseEditor(course), "← " + getTranslation("authoring.back-to-course"));
        title.setLabel(getTranslation("authoring.item-title"));
        title.setId("lesson-title");
        title.setMaxLength(200);
        title.setValue(lesson.title());
        required.setLabel(getTranslation("authoring.required-item"));
        required.setValue(lesson.required());

        markdown.setId("lesson-markdown");
        markdown.setLabel(getTranslation("authoring.markdown"));
        markdown.setHelperText(getTranslation("authoring.markdown-help"));
        markdown.setValue(lesson.markdown());
        markdown.setValueChangeMode(ValueChangeMode.LAZY);
        markdown.setValueChangeTimeout(400);
        markdown.addValueChangeListener(change -> {
            dirty = true;
            renderPreview();
        });
        preview.setId("lesson-preview");
        preview.addClassName("lesson-body");
        preview.getElement().setAttribute("aria-live", "polite");
        preview.getElement().setAttribute("aria-label", getTranslation("authoring.preview-pane"));
        renderPreview();

        FieldErrors errors = new FieldErrors(this).field("markdown", markdown).field("title", title);
        Button save = new Button(getTranslation("action.save"), click -> save(errors));
        save.setId("save-lesson");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);

        MarkdownToolbar toolbar = new MarkdownToolbar(markdown);
        Upload image = FileUploads.button(getTranslation("toolbar.image"), FileUploads.IMAGES, (content, name) -> {
            StoredMedia stored = media.store(content, name, MediaPurpose.IMAGE);
            new AltTextDialog(altText(stored), description -> toolbar.insert(
                    "\n\n![" + description + "](" + relative(stored) + ")\n\n")).open();
        });
        image.setId("upload-image");
        Upload attachment = FileUploads.button(getTranslation("toolbar.attachment"), FileUploads.DOCUMENTS,
                (content, name) -> {
                    StoredMedia stored = media.store(content, name, MediaPurpose.ATTACHMENT);
                    toolbar.insert("\n\n[" + linkText(stored) + "](" + relative(stored) + ")\n\n");
                });
        attachment.setId("upload-attachment");
        Div uploads = new Div(image, attachment);
        uploads.addClassName("lesson-uploads");
        Div panes = new Div(new Div(toolbar, uploads, markdown), preview);
        panes.addClassName("editor-panes");
        Span status = new Span(getTranslation("authoring.draft-note"));
        status.addClassName("hint");
        add(back, new H1(lesson.title()), new Div(title, required), panes, new Div(save, status));
    }

    /** A link relative to the application root, so it works under any context path. */
    private static String relative(StoredMedia stored) {
        return stored.downloadPath().substring(1);
    }

    /** A start for the description: the file's name without its extension, dashes and underscores as spaces. */
    private static String altText(StoredMedia stored) {
        String name = linkText(stored);
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[-_]+", " ").strip();
    }

    /** The file's name without the brackets that would end a Markdown link early. */
    private static String linkText(StoredMedia stored) {
        return stored.originalName().replaceAll("[\\[\\]]", "");
    }

    private void save(FieldErrors errors) {
        try {
            version = authoring.saveLesson(course, lesson.itemKey(), markdown.getValue(), version);
            if (!title.getValue().equals(lesson.title()) || required.getValue() != lesson.required()) {
                LessonDraft latest = authoring.lesson(course, lesson.itemKey());
                authoring.updateItem(course, lesson.itemKey(), title.getValue(), required.getValue(), latest.version());
            }
            lesson = authoring.lesson(course, lesson.itemKey());
            version = lesson.version();
            dirty = false;
            errors.clear();
            Notifications.success(getTranslation("authoring.saved"));
        } catch (InvalidInputException refused) {
            errors.show(refused);
        } catch (StaleDataException stale) {
            // Keep what the trainer typed; they copy it, reload, and re-apply.
            Notifications.error(getTranslation("error.stale-lesson"));
        }
    }

    private void renderPreview() {
        try {
            preview.removeAll();
            preview.add(new Html("<div>" + authoring.preview(course, markdown.getValue()) + "</div>"));
            VideoCards.activate(preview);
        } catch (InvalidInputException tooLong) {
            preview.add(new Span(getTranslation(tooLong.messageKey(), tooLong.arguments())));
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (dirty) {
            var action = event.postpone();
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("authoring.unsaved"),
                    getTranslation("authoring.unsaved-text"), getTranslation("authoring.leave"),
                    ok -> action.proceed(), getTranslation("action.cancel"), cancel -> { });
            confirm.open();
        }
    }
}
