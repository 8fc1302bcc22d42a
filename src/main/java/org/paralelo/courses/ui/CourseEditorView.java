package org.paralelo.courses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.ui.AccessibleTabSheet;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.FileUploads;
import org.paralelo.base.ui.LearnerPreview;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.RouteIds;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.courses.AuthoringPaths;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseCover;
import org.paralelo.courses.CourseDraft;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.CourseState;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.courses.PendingChanges;
import org.paralelo.courses.PublishingService;
import org.paralelo.courses.TopicService;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;

/**
 * The course editor: structure (modules and items, reordered by drag and drop or buttons), details, and
 * versions. Everything edits the draft; learners see nothing until "Publish".
 */
@Route("autoria/cursos/:courseId")
@RolesAllowed({"TRAINER", "ADMIN"})
public class CourseEditorView extends Main implements TitledByHeading, BeforeEnterObserver {

    private final CourseAuthoringService authoring;
    private final PublishingService publishing;
    private final TopicService topics;
    private final PersonDirectory people;
    private final MediaService media;
    private int selectedTab;
    private CourseId course = new CourseId(0);
    private CourseDraft draft;

    CourseEditorView(CourseAuthoringService authoring, PublishingService publishing, TopicService topics,
                     PersonDirectory people, MediaService media) {
        this.authoring = authoring;
        this.publishing = publishing;
        this.topics = topics;
        this.people = people;
        this.media = media;
        addClassName("page");
        addClassName("course-editor");
    }

    static String path(CourseId id) {
        return AuthoringPaths.courseEditor(id);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        course = new CourseId(RouteIds.id(event, "courseId"));
        reload();
    }

    private void reload() {
        draft = authoring.draft(course);
        removeAll();
        add(header());
        TabSheet tabs = new AccessibleTabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("authoring.tab.structure"),
                new StructureEditor(authoring, course, draft, this::reload));
        tabs.add(getTranslation("authoring.tab.details"), detailsTab());
        tabs.add(getTranslation("authoring.tab.versions"), new VersionHistory(publishing, course, this::reload));
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(change -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
    }

    private Div header() {
        H1 title = new H1(draft.details().title());
        title.setId("editor-title");
        Span state = new Span(getTranslation("course.state." + draft.state().name())
                + (draft.publishedVersion() == null ? "" : " · v" + draft.publishedVersion()));
        state.setId("course-state");
        state.getElement().getThemeList().add(draft.state() == CourseState.PUBLISHED ? "badge success" : "badge");

        Anchor preview = new Anchor(LearnerPreview.keep(LearnerPaths.coursePage(course), true), getTranslation("authoring.preview"));
        preview.setId("preview");
        preview.addClassName("button-link");
        PendingChanges pending = publishing.pendingChanges(course);
        Button publish = new Button(getTranslation("authoring.publish"), VaadinIcon.UPLOAD.create(),
                click -> confirmPublish(pending));
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setEnabled(!pending.nothingToPublish());
        if (pending.nothingToPublish()) {
            publish.setTooltipText(getTranslation("authoring.publish-nothing"));
        }
        Button copy = new Button(getTranslation("authoring.copy"), VaadinIcon.COPY.create(), click -> copyDialog());
        copy.setId("copy-course");
        Button unpublish = new Button(getTranslation("authoring.unpublish"), click -> confirm(
                "authoring.unpublish", "authoring.unpublish-confirm", () -> publishing.unpublish(course)));
        unpublish.setId("unpublish");
        unpublish.setEnabled(draft.state() == CourseState.PUBLISHED);
        Button archive = new Button(getTranslation("authoring.archive"), click -> confirm(
                "authoring.archive", "authoring.archive-confirm", () -> publishing.archive(course)));
        archive.setId("archive");
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Anchor learners = new Anchor(LearnerPaths.learners(course), getTranslation("authoring.learners"));
        learners.setId("course-learners");
        learners.addClassName("button-link");
        Anchor runs = new Anchor(AuthoringPaths.runs(course), getTranslation("programme.runs.link"));
        runs.setId("course-runs");
        runs.addClassName("button-link");
        Anchor attachments = new Anchor(AuthoringPaths.attachmentSearchStatus(course),
                getTranslation("authoring.attachments-search"));
        attachments.setId("course-attachments-search");
        attachments.addClassName("button-link");
        HorizontalLayout actions = new HorizontalLayout(publish, preview, learners, runs, attachments, copy,
                unpublish, archive);
        actions.addClassName("toolbar");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        Div header = new Div(title, state, actions);
        header.addClassName("editor-header");
        return header;
    }

    private VerticalLayout detailsTab() {
        CourseDetailsForm form = new CourseDetailsForm(topics.list());
        form.show(draft.details());
        FieldErrors errors = new FieldErrors(this);
        form.registerFields(errors);
        Image cover = new Image();
        cover.addClassName("cover-preview");
        cover.setAlt(getTranslation("authoring.cover"));
        cover.setVisible(draft.details().coverMediaId() != null);
        if (draft.details().coverMediaId() != null) {
            cover.setSrc(CourseCover.path(draft.details().coverMediaId()));
        }
        Upload coverUpload = FileUploads.button(getTranslation("authoring.cover-upload"), FileUploads.IMAGES,
                (content, name) -> {
                    StoredMedia stored = media.store(content, name, MediaPurpose.IMAGE);
                    form.setCoverMediaId(stored.id().value());
                    cover.setSrc(stored.downloadPath().substring(1));
                    cover.setVisible(true);
                    Notifications.success(getTranslation("authoring.cover-ready"));
                });
        coverUpload.setId("cover-upload");
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                authoring.updateDetails(course, form.value(), draft.version());
                Notifications.success(getTranslation("authoring.saved"));
                reload();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        save.setId("save-details");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        MultiSelectComboBox<PersonRef> coTrainers = new MultiSelectComboBox<>(getTranslation("authoring.co-trainers"));
        coTrainers.setId("co-trainers");
        var trainers = people.trainers().stream().filter(p -> !p.id().equals(draft.owner())).toList();
        coTrainers.setItems(trainers);
        coTrainers.setItemLabelGenerator(p -> p.fullName() + " (" + p.username() + ")");
        Set<PersonId> chosen = draft.coTrainers();
        coTrainers.setValue(trainers.stream().filter(p -> chosen.contains(p.id())).collect(Collectors.toSet()));
        coTrainers.setWidthFull();
        Button saveTrainers = new Button(getTranslation("authoring.save-co-trainers"), click -> {
            authoring.setCoTrainers(course, coTrainers.getValue().stream().map(PersonRef::id)
                    .collect(Collectors.toSet()));
            Notifications.success(getTranslation("authoring.saved"));
            reload();
        });
        saveTrainers.setId("save-co-trainers");
        return new VerticalLayout(form, new Div(cover, coverUpload), save, coTrainers, saveTrainers);
    }

    private void copyDialog() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("authoring.copy"));
        TextField title = new TextField(getTranslation("authoring.copy-title"),
                getTranslation("authoring.copy-default-title", draft.details().title()), "");
        title.setId("copy-title");
        title.setWidthFull();
        title.setMaxLength(200);
        dialog.add(title);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("authoring.copy"));
        dialog.addConfirmListener(event -> {
            CourseId copy = authoring.copyCourse(course, title.getValue());
            Notifications.success(getTranslation("authoring.copied"));
            getUI().ifPresent(ui -> ui.navigate(path(copy)));
        });
        dialog.open();
    }

    /** Publishing asks first, listing what learners will see change (the history's words). */
    private void confirmPublish(PendingChanges pending) {
        UnorderedList changes = new UnorderedList();
        changes.setId("publish-changes");
        pending.lines().forEach(line -> changes.add(new ListItem(VersionHistory.describe(this, line))));
        Div text = new Div(new Paragraph(getTranslation(pending.lines().isEmpty()
                ? "authoring.publish-confirm-quizzes" : "authoring.publish-confirm")), changes);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("authoring.publish"));
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("authoring.publish"));
        confirm.addConfirmListener(event -> {
            if (Refusals.attempt(this, () -> Notifications.success(
                    getTranslation("authoring.published", publishing.publish(course))))) {
                reload();
            }
        });
        confirm.open();
    }

    private void confirm(String headerKey, String textKey, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation(headerKey), getTranslation(textKey),
                getTranslation(headerKey), event -> {
                    Refusals.attempt(this, action);
                    reload();
                }, getTranslation("action.cancel"), event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
