package org.paralelo.community.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.FileUploads;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.community.ResourceDraft;
import org.paralelo.community.ResourceId;
import org.paralelo.community.ResourceKind;
import org.paralelo.community.ResourcePaths;
import org.paralelo.community.ResourceService;
import org.paralelo.community.ResourceView;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;
import org.paralelo.people.CreativeField;
import org.paralelo.people.RegionView;
import org.springframework.security.access.AccessDeniedException;

/**
 * Contribute a resource, or edit one (its author, who resubmits one sent back, or a moderator): kind, title,
 * summary, topics (separated by commas), creative fields, region and — by kind — the document, the link or the
 * experience in Markdown. The page says beforehand whether it will wait for a moderator.
 */
@Route(ResourcePaths.NEW)
@RouteAlias(ResourcePaths.LIBRARY + "/:id([0-9]{1,18})/editar")
@PermitAll
public class ResourceFormView extends Main implements BeforeEnterObserver, TitledByHeading {

    private final ResourceService resources;
    private final MediaService media;
    private final RadioButtonGroup<ResourceKind> kind = new RadioButtonGroup<>();
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final TextField topics = new TextField();
    private final MultiSelectComboBox<CreativeField> fields = new MultiSelectComboBox<>();
    private final ComboBox<RegionView> region = new ComboBox<>();
    private final TextField url = new TextField();
    private final TextField document = new TextField();
    private final TextArea experience = new TextArea();
    private final Div upload = new Div();
    private @Nullable MediaId uploaded;
    private @Nullable ResourceView editing;

    ResourceFormView(ResourceService resources, MediaService media) {
        this.resources = resources;
        this.media = media;
        addClassName("page");
        addClassName("community");
        addClassName("resource-form");
        upload.setId("resource-upload");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get("id");
        try {
            editing = id.map(value -> resources.find(new ResourceId(Long.parseLong(value)))).orElse(null);
        } catch (AccessDeniedException | java.util.NoSuchElementException missing) {
            throw new NotFoundException();
        }
        if (editing != null && !editing.mayEdit()) {
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        removeAll();
        add(new Paragraph(new Anchor(ResourcePaths.LIBRARY, getTranslation("resource.back"))),
                new H1(getTranslation(editing == null ? "resource.form.new" : "resource.form.edit")),
                new Paragraph(getTranslation("resource.form.moderation-note")));
        kind.setLabel(getTranslation("resource.kind"));
        kind.setId("resource-kind");
        kind.setItems(ResourceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.addValueChangeListener(change -> showKindFields());
        text(title, "resource-title-field", "resource.title", 200);
        summary.setLabel(getTranslation("resource.summary"));
        summary.setId("resource-summary-field");
        summary.setMaxLength(1000);
        text(topics, "resource-topics", "resource.topics", 400);
        topics.setHelperText(getTranslation("resource.topics.help"));
        fields.setLabel(getTranslation("resource.field"));
        fields.setId("resource-fields");
        fields.setItems(CreativeField.values());
        fields.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        region.setLabel(getTranslation("resource.region"));
        region.setId("resource-region");
        region.setItems(resources.regions());
        region.setItemLabelGenerator(RegionView::name);
        region.setClearButtonVisible(true);
        text(url, "resource-url", "resource.url", 1000);
        url.setPlaceholder("https://");
        document.setLabel(getTranslation("resource.document"));
        document.setId("resource-document");
        document.setReadOnly(true);
        experience.setLabel(getTranslation("resource.experience"));
        experience.setId("resource-experience-field");
        experience.setMaxLength(20_000);
        experience.setHelperText(getTranslation("resource.experience.help"));
        upload.removeAll();
        upload.add(FileUploads.button(getTranslation("resource.upload"), FileUploads.DOCUMENTS, (content, name) -> {
            StoredMedia stored = media.store(content, name, MediaPurpose.CONTRIBUTION);
            uploaded = stored.id();
            document.setValue(stored.originalName());
        }));
        fill();
        Div form = new Div(kind, title, summary, topics, fields, region, url, document, upload, experience);
        form.addClassName("stacked-form");
        Button save = new Button(getTranslation(editing == null ? "resource.submit" : "resource.save"),
                click -> save());
        save.setId("save-resource");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, save);
        showKindFields();
    }

    private void text(TextField field, String id, String labelKey, int max) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(max);
    }

    private void fill() {
        if (editing == null) {
            kind.setValue(ResourceKind.EXPERIENCE);
            return;
        }
        kind.setValue(editing.kind());
        title.setValue(editing.title());
        summary.setValue(editing.summary());
        topics.setValue(String.join(", ", editing.topics()));
        fields.setValue(editing.creativeFields());
        region.getListDataView().getItems().filter(r -> Long.valueOf(r.id()).equals(editing.regionId())).findFirst()
                .ifPresent(region::setValue);
        url.setValue(editing.url() == null ? "" : editing.url());
        uploaded = editing.document();
        document.setValue(editing.documentName() == null ? "" : editing.documentName());
        experience.setValue(editing.experience() == null ? "" : editing.experience());
    }

    private void showKindFields() {
        ResourceKind chosen = kind.getValue();
        url.setVisible(chosen == ResourceKind.LINK);
        document.setVisible(chosen == ResourceKind.DOCUMENT);
        upload.setVisible(chosen == ResourceKind.DOCUMENT);
        experience.setVisible(chosen == ResourceKind.EXPERIENCE);
    }

    private void save() {
        ResourceDraft draft = new ResourceDraft(kind.getValue() == null ? ResourceKind.EXPERIENCE : kind.getValue(),
                title.getValue(), summary.getValue(), Arrays.asList(topics.getValue().split(",")), fields.getValue(),
                region.getValue() == null ? null : region.getValue().id(), url.getValue(), uploaded,
                experience.getValue());
        FieldErrors errors = new FieldErrors(this).field("title", title).field("summary", summary)
                .field("topics", topics).field("url", url).field("document", document)
                .field("experience", experience).field("region", region);
        ResourceId[] saved = new ResourceId[1];
        if (SpaceForms.attempt(this, errors, () -> {
            if (editing == null) {
                saved[0] = resources.contribute(draft);
            } else {
                resources.edit(editing.id(), draft, editing.version());
                saved[0] = editing.id();
            }
        })) {
            Notifications.success(getTranslation("resource.saved"));
            UI.getCurrent().navigate(ResourcePaths.resource(saved[0]));
        }
    }
}
