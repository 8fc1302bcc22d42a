package org.paralelo.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.people.PersonRef;
import org.paralelo.people.RegionView;
import org.paralelo.programme.RunDraft;
import org.paralelo.programme.RunMode;
import org.paralelo.programme.RunSummary;

/** The fields of a run, for creating one and for changing it; refusals are shown under their fields. */
class RunForm extends FormLayout {

    private static final ZoneId ZONE = ProgrammeZone.ZONE;

    private final TextField name = new TextField();
    private final DatePicker startsOn = new DatePicker();
    private final DatePicker endsOn = new DatePicker();
    private final MultiSelectComboBox<RegionView> regions = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<PersonRef> trainers = new MultiSelectComboBox<>();
    private final IntegerField capacity = new IntegerField();
    private final Checkbox selfEnrolment = new Checkbox();
    private final DateTimePicker opensAt = new DateTimePicker();
    private final DateTimePicker closesAt = new DateTimePicker();
    private final Select<RunMode> mode = new Select<>();
    private final FieldErrors errors = new FieldErrors(this);

    RunForm(List<RegionView> regionChoices, List<PersonRef> trainerChoices) {
        name.setLabel(getTranslation("programme.run.name"));
        name.setHelperText(getTranslation("programme.run.name-help"));
        name.setId("run-name");
        name.setRequired(true);
        startsOn.setLabel(getTranslation("programme.run.starts-on"));
        startsOn.setId("run-starts-on");
        endsOn.setLabel(getTranslation("programme.run.ends-on"));
        endsOn.setId("run-ends-on");
        regions.setLabel(getTranslation("programme.run.regions"));
        regions.setId("run-regions");
        regions.setItems(regionChoices);
        regions.setItemLabelGenerator(RegionView::name);
        trainers.setLabel(getTranslation("programme.run.trainers"));
        trainers.setId("run-trainers");
        trainers.setItems(trainerChoices);
        trainers.setItemLabelGenerator(PersonRef::fullName);
        capacity.setLabel(getTranslation("programme.run.capacity"));
        capacity.setHelperText(getTranslation("programme.run.capacity-help"));
        capacity.setId("run-capacity");
        capacity.setMin(1);
        selfEnrolment.setLabel(getTranslation("programme.run.self-enrolment"));
        selfEnrolment.setId("run-self-enrolment");
        opensAt.setLabel(getTranslation("programme.run.opens-at"));
        opensAt.setId("run-opens-at");
        closesAt.setLabel(getTranslation("programme.run.closes-at"));
        closesAt.setId("run-closes-at");
        mode.setLabel(getTranslation("programme.run.mode"));
        mode.setId("run-mode");
        mode.setItems(RunMode.values());
        mode.setItemLabelGenerator(m -> Labels.of(this, m.messageKey()));
        mode.setValue(RunMode.HYBRID);
        errors.field("name", name).field("startsOn", startsOn).field("endsOn", endsOn).field("regions", regions)
                .field("trainers", trainers).field("capacity", capacity).field("closesAt", closesAt);
        add(name, mode, startsOn, endsOn, regions, trainers, capacity, selfEnrolment, opensAt, closesAt);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        setColspan(name, 2);
    }

    void show(RunSummary run) {
        name.setValue(run.name());
        mode.setValue(run.mode());
        startsOn.setValue(run.startsOn());
        endsOn.setValue(run.endsOn());
        Set<Long> regionIds = run.regions().stream().map(RegionView::id).collect(Collectors.toSet());
        regions.setValue(regions.getListDataView().getItems().filter(r -> regionIds.contains(r.id()))
                .collect(Collectors.toSet()));
        Set<Long> trainerIds = run.trainers().stream().map(t -> t.id().value()).collect(Collectors.toSet());
        trainers.setValue(trainers.getListDataView().getItems().filter(t -> trainerIds.contains(t.id().value()))
                .collect(Collectors.toSet()));
        capacity.setValue(run.capacity());
        selfEnrolment.setValue(run.selfEnrolment());
        opensAt.setValue(local(run.opensAt()));
        closesAt.setValue(local(run.closesAt()));
    }

    private RunDraft draft() {
        errors.clear();
        return new RunDraft(name.getValue(), regions.getValue().stream().map(RegionView::id)
                .collect(Collectors.toSet()), startsOn.getValue(), endsOn.getValue(),
                trainers.getValue().stream().map(PersonRef::id).collect(Collectors.toSet()), capacity.getValue(),
                selfEnrolment.getValue(), instant(opensAt.getValue()), instant(closesAt.getValue()),
                mode.getValue() == null ? RunMode.HYBRID : mode.getValue());
    }

    /**
     * A save button that hands the draft to {@code save}: a refusal of the fields shows under them, any other as a
     * notification; {@code then} runs only when it went through.
     */
    Button saveButton(Function<RunDraft, Object> save, Consumer<RunDraft> then) {
        Button button = new Button(getTranslation("action.save"), click -> {
            RunDraft draft = draft();
            try {
                save.apply(draft);
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
                return;
            } catch (UserFacingException refusal) {
                Labels.refused(this, refusal);
                return;
            }
            then.accept(draft);
        });
        button.setId("save-run");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private static @Nullable LocalDateTime local(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }
}
