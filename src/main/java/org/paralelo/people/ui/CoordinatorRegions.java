package org.paralelo.people.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.people.RegionScope;
import org.paralelo.people.RegionView;

/** The regions a coordinator follows: every region, or the ones ticked. Shown while the coordinator role is. */
class CoordinatorRegions extends VerticalLayout {

    private final Checkbox all = new Checkbox();
    private final CheckboxGroup<RegionView> regions = new CheckboxGroup<>();

    CoordinatorRegions(List<RegionView> choices, RegionScope current) {
        setPadding(false);
        setSpacing(false);
        setId("coordinator-regions");
        all.setLabel(getTranslation("people.coordinator-all-regions"));
        all.setId("coordinator-all-regions");
        regions.setLabel(getTranslation("people.coordinator-regions"));
        regions.setHelperText(getTranslation("people.coordinator-regions-help"));
        regions.setId("regions");
        regions.setItems(choices);
        regions.setItemLabelGenerator(RegionView::name);
        regions.setRequiredIndicatorVisible(true);
        all.setValue(current.all());
        regions.setValue(choices.stream().filter(r -> current.regionIds().contains(r.id()))
                .collect(Collectors.toSet()));
        regions.setEnabled(!current.all());
        all.addValueChangeListener(change -> regions.setEnabled(!change.getValue()));
        add(all, regions);
    }

    CheckboxGroup<RegionView> regions() {
        return regions;
    }

    RegionScope scope() {
        if (all.getValue()) {
            return RegionScope.EVERY_REGION;
        }
        Set<Long> ids = regions.getValue().stream().map(RegionView::id).collect(Collectors.toSet());
        return RegionScope.of(ids);
    }
}
