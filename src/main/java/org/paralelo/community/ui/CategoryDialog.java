package org.paralelo.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Notifications;
import org.paralelo.community.SpaceId;
import org.paralelo.community.SpaceService;
import org.paralelo.community.SpaceSummary;

/**
 * A category's names and descriptions in Spanish and English and its place in the list. When someone else saved the
 * category meanwhile, the admin is told and keeps their text: saving again then applies it over the other change.
 */
final class CategoryDialog extends Dialog {

    private final SpaceService spaces;
    private final @Nullable SpaceId id;
    private final Runnable saved;
    private boolean archived;
    private long version;
    private final TextField nameEs = text("nameEs", "community.categories.name-es", SpaceService.NAME_MAX);
    private final TextField nameEn = text("nameEn", "community.categories.name-en", SpaceService.NAME_MAX);
    private final TextArea descriptionEs = area("descriptionEs", "community.categories.description-es");
    private final TextArea descriptionEn = area("descriptionEn", "community.categories.description-en");
    private final IntegerField order = new IntegerField(getTranslation("community.categories.order"));
    private final FieldErrors errors = new FieldErrors(this).field("nameEs", nameEs).field("nameEn", nameEn)
            .field("descriptionEs", descriptionEs).field("descriptionEn", descriptionEn);

    CategoryDialog(SpaceService spaces, @Nullable SpaceSummary category, Runnable saved) {
        this.spaces = spaces;
        this.saved = saved;
        this.id = category == null ? null : category.id();
        this.archived = category != null && category.archived();
        this.version = category == null ? 0 : category.version();
        setId("category-dialog");
        setHeaderTitle(category == null ? getTranslation("community.categories.new")
                : getTranslation("community.categories.edit-title", category.name(getLocale())));
        order.setId("sortOrder");
        order.setStepButtonsVisible(true);
        order.setMin(0);
        order.setValue(category == null ? 0 : category.sortOrder());
        if (category != null) {
            nameEs.setValue(category.nameEs());
            nameEn.setValue(category.nameEn());
            descriptionEs.setValue(category.descriptionEs());
            descriptionEn.setValue(category.descriptionEn());
        }
        Button save = new Button(getTranslation("community.categories.save"), click -> save());
        save.setId("save-category");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("community.cancel"), click -> close());
        cancel.setId("cancel-category");
        add(nameEs, nameEn, descriptionEs, descriptionEn, order);
        getFooter().add(cancel, save);
        setWidth("min(40rem, 95vw)");
    }

    private void save() {
        int place = order.getValue() == null ? 0 : order.getValue();
        boolean[] changedMeanwhile = new boolean[1];
        boolean done = SpaceForms.attempt(this, errors, () -> {
            try {
                if (id == null) {
                    spaces.createCategory(nameEs.getValue(), nameEn.getValue(), descriptionEs.getValue(),
                            descriptionEn.getValue(), place);
                } else {
                    spaces.updateCategory(id, nameEs.getValue(), nameEn.getValue(), descriptionEs.getValue(),
                            descriptionEn.getValue(), place, archived, version);
                }
            } catch (StaleDataException stale) {
                changedMeanwhile[0] = true;
            }
        });
        if (changedMeanwhile[0]) {
            conflict();
        } else if (done) {
            Notifications.success(getTranslation("community.categories.saved", nameEs.getValue().strip()));
            close();
            saved.run();
        }
    }

    private void conflict() {
        Notifications.error(getTranslation("community.categories.conflict-kept"));
        spaces.categories().stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> {
            version = c.version();
            archived = c.archived();
        });
        saved.run();
    }

    private TextField text(String fieldId, String key, int max) {
        TextField field = new TextField(getTranslation(key));
        field.setId(fieldId);
        field.setMaxLength(max);
        field.setWidthFull();
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    private TextArea area(String fieldId, String key) {
        TextArea field = new TextArea(getTranslation(key));
        field.setId(fieldId);
        field.setMaxLength(SpaceService.DESCRIPTION_MAX);
        field.setWidthFull();
        return field;
    }
}
