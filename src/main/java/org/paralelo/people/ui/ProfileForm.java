package org.paralelo.people.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.base.Languages;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.LanguageSwitcher;
import org.paralelo.people.CreativeField;
import org.paralelo.people.MexicanState;
import org.paralelo.people.Position;
import org.paralelo.people.Profile;
import org.paralelo.people.ProfileData;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;

/** The profile fields shared by registration, the admin's new-person dialog and "my profile". */
class ProfileForm extends FormLayout {

    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final Select<Locale> language = new Select<>();
    private final ComboBox<MexicanState> state = new ComboBox<>();
    private final ComboBox<String> municipality = new ComboBox<>();
    private final ComboBox<RegionView> region = new ComboBox<>();
    private final ComboBox<Position> position = new ComboBox<>();
    private final MultiSelectComboBox<CreativeField> creativeFields = new MultiSelectComboBox<>();
    private final RegionService places;
    private final List<RegionView> regions;

    ProfileForm(RegionService places) {
        this.places = places;
        this.regions = places.list();
        fullName.setLabel(getTranslation("profile.full-name"));
        fullName.setId("full-name");
        fullName.setRequiredIndicatorVisible(true);
        fullName.setMaxLength(200);
        email.setLabel(getTranslation("profile.email"));
        email.setId("email");
        email.setRequiredIndicatorVisible(true);
        language.setLabel(getTranslation("profile.language"));
        language.setId("language");
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        // Spanish unless the person chose otherwise here; the browser's language is not a choice.
        language.setValue(LanguageSwitcher.chosen().orElse(Languages.SPANISH));
        state.setLabel(getTranslation("profile.state"));
        state.setId("state");
        state.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        state.setItems(Arrays.stream(MexicanState.values())
                .sorted(Comparator.comparing(s -> getTranslation(s.messageKey()))).toList());
        municipality.setLabel(getTranslation("profile.municipality"));
        municipality.setId("municipality");
        // Names already known in the state are offered as the person types; a new one is typed in full.
        municipality.setAllowCustomValue(true);
        municipality.addCustomValueSetListener(typed -> municipality.setValue(typed.getDetail().strip()));
        municipality.setHelperText(getTranslation("profile.municipality-help"));
        state.addValueChangeListener(change -> {
            offerMunicipalities(change.getValue());
            if (change.isFromClient() && change.getValue() != null) {
                // The region follows from the state when only one region has it; it stays editable.
                places.regionOf(change.getValue()).ifPresent(region::setValue);
            }
        });
        region.setLabel(getTranslation("profile.region"));
        region.setId("region");
        region.setItems(regions);
        region.setItemLabelGenerator(RegionView::name);
        position.setLabel(getTranslation("profile.position"));
        position.setId("position");
        position.setItems(Position.values());
        position.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        creativeFields.setLabel(getTranslation("profile.creative-fields"));
        creativeFields.setId("creative-fields");
        creativeFields.setItems(CreativeField.values());
        creativeFields.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        add(fullName, email, language, state, municipality, region, position, creativeFields);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("560px", 2));
    }

    void registerFields(FieldErrors errors) {
        errors.field("fullName", fullName).field("email", email).field("language", language)
                .field("state", state).field("municipality", municipality).field("region", region)
                .field("position", position).field("creativeFields", creativeFields);
    }

    ProfileData value() {
        return new ProfileData(fullName.getValue(), email.getValue(),
                language.getValue() == null ? Languages.SPANISH_TAG : language.getValue().toLanguageTag(),
                state.getValue() == null ? null : state.getValue().name(),
                municipality.getValue() == null ? "" : municipality.getValue(),
                region.getValue() == null ? null : region.getValue().id(),
                position.getValue() == null ? null : position.getValue().name(),
                creativeFields.getValue().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    void show(Profile profile) {
        fullName.setValue(profile.fullName());
        email.setValue(profile.email());
        language.setValue(profile.language());
        state.setValue(profile.state());
        offerMunicipalities(profile.state());
        municipality.setValue(profile.municipality());
        region.setValue(regions.stream().filter(r -> r.id() == (profile.regionId() == null ? -1 : profile.regionId()))
                .findFirst().orElse(null));
        position.setValue(profile.position());
        creativeFields.setValue(new HashSet<>(profile.creativeFields()));
    }

    Set<CreativeField> selectedCreativeFields() {
        return creativeFields.getValue();
    }

    /** The municipalities known in the state (a typed name stays, whatever the list). */
    private void offerMunicipalities(MexicanState chosen) {
        String typed = municipality.getValue();
        List<String> known = new ArrayList<>(chosen == null ? List.of() : places.municipalitiesOf(chosen));
        if (typed != null && !typed.isBlank() && !known.contains(typed)) {
            known.add(typed);
        }
        municipality.setItems(known);
        municipality.setValue(typed);
    }
}
