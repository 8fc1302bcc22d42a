package org.paralelo.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.paralelo.people.MexicanState;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;

/** Admins keep the programme's list of regions: add, rename, remove when unused. */
@Route("admin/regiones")
@Menu(order = 20, title = "menu.regions", icon = "vaadin:globe")
@RolesAllowed("ADMIN")
public class RegionsView extends Main implements TitledByHeading {

    private final RegionService regions;
    private final Grid<RegionView> grid = new Grid<>();

    RegionsView(RegionService regions) {
        this.regions = regions;
        addClassName("page");
        TextField name = new TextField(getTranslation("regions.name"));
        name.setId("region-name");
        name.setMaxLength(120);
        FieldErrors errors = new FieldErrors(this).field("name", name);
        Button add = new Button(getTranslation("regions.add"), click -> {
            try {
                regions.create(name.getValue());
                name.clear();
                errors.clear();
                refresh();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        add.setId("add-region");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("toolbar");

        grid.setId("regions-grid");
        grid.addColumn(RegionView::name).setHeader(getTranslation("regions.name")).setFlexGrow(1);
        grid.addColumn(this::stateNames).setHeader(getTranslation("regions.states")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("people.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("regions.none"));
        grid.setAllRowsVisible(true);
        refresh();
        add(new H1(getTranslation("menu.regions")), new Paragraph(getTranslation("regions.intro")), form, grid);
    }

    private HorizontalLayout actions(RegionView region) {
        Button rename = new Button(getTranslation("regions.rename"), click -> rename(region));
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        rename.setAriaLabel(getTranslation("regions.rename") + " " + region.name());
        Button remove = new Button(getTranslation("action.delete"), click -> confirmDelete(region));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("action.delete") + " " + region.name());
        Button states = new Button(getTranslation("regions.edit-states"), click -> editStates(region));
        states.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        states.setAriaLabel(getTranslation("regions.edit-states") + " " + region.name());
        return new HorizontalLayout(rename, states, remove);
    }

    private String stateNames(RegionView region) {
        return regions.statesOf(region.id()).stream().map(s -> getTranslation(s.messageKey()))
                .sorted(Collator.getInstance(getLocale())).collect(Collectors.joining(", "));
    }

    /** Which states make up the region: a person's region follows from their state when only one region has it. */
    private void editStates(RegionView region) {
        MultiSelectComboBox<MexicanState> states = new MultiSelectComboBox<>(getTranslation("regions.states"));
        states.setId("region-states");
        states.setItems(Arrays.stream(MexicanState.values())
                .sorted(Comparator.comparing(s -> getTranslation(s.messageKey()))).toList());
        states.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        states.setValue(regions.statesOf(region.id()));
        states.setHelperText(getTranslation("regions.states-help"));
        states.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("regions.states-of", region.name()));
        dialog.add(states);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.save"));
        dialog.addConfirmListener(event -> {
            regions.setStates(region.id(), states.getValue(), region.version());
            Notifications.success(getTranslation("regions.states-saved"));
            refresh();
        });
        dialog.open();
    }

    private void rename(RegionView region) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("regions.rename"));
        TextField newName = new TextField(getTranslation("regions.name"), region.name(), "");
        newName.setMaxLength(120);
        newName.setWidthFull();
        dialog.add(newName);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.save"));
        dialog.addConfirmListener(event -> {
            regions.rename(region.id(), newName.getValue(), region.version());
            refresh();
        });
        dialog.open();
    }

    private void confirmDelete(RegionView region) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("action.delete"),
                getTranslation("regions.delete-confirm", region.name()), getTranslation("action.delete"),
                event -> {
                    regions.delete(region.id());
                    Notifications.success(getTranslation("regions.deleted"));
                    refresh();
                }, getTranslation("action.cancel"), event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        grid.setItems(regions.list());
    }
}
