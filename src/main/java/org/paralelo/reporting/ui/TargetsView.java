package org.paralelo.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.reporting.Audience;
import org.paralelo.reporting.TargetService;
import org.paralelo.reporting.TargetView;

/**
 * The programme's targets ({@code /informes/metas}), for admins: people to reach per audience for the whole
 * programme and for each region. An empty field means no target there. Saving writes only the fields changed; a
 * number out of range is refused on its field, and a change someone made meanwhile is reported, not overwritten.
 */
@Route("informes/metas")
@RolesAllowed("ADMIN")
public class TargetsView extends Main implements TitledByHeading {

    private final TargetService targets;
    private final RegionService regions;
    private final Div form = new Div();
    private final List<TargetField> fields = new ArrayList<>();

    TargetsView(TargetService targets, RegionService regions) {
        this.targets = targets;
        this.regions = regions;
        addClassName("page");
        addClassName("targets");
        form.setId("targets-form");
        Button save = new Button(getTranslation("reporting.targets.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("targets-save");
        add(new H1(getTranslation("reporting.targets.title")), new Paragraph(getTranslation("reporting.targets.intro")),
                form, save, new Anchor("informes", getTranslation("reporting.targets.back")));
        load();
    }

    private void load() {
        form.removeAll();
        fields.clear();
        List<TargetView> current = targets.targets();
        group(null, getTranslation("reporting.place.programme"), current);
        for (RegionView region : regions.list()) {
            group(region.id(), region.name(), current);
        }
    }

    private void group(@Nullable Long regionId, String name, List<TargetView> current) {
        HorizontalLayout row = new HorizontalLayout();
        row.setWrap(true);
        for (Audience audience : Audience.values()) {
            TargetView found = current.stream().filter(t -> t.audience() == audience
                    && Objects.equals(t.regionId(), regionId)).findFirst().orElse(null);
            IntegerField field = new IntegerField(getTranslation(audience.messageKey()));
            field.setMin(0);
            field.setMax(TargetService.MAX_TARGET);
            field.setId("target-" + audience.name() + "-" + (regionId == null ? "programme" : regionId));
            field.setValue(found == null ? null : found.target());
            field.setClearButtonVisible(true);
            // Wide enough for the longest audience label in Spanish, never wider than a 360 px screen.
            field.setWidth("min(20em, 100%)");
            fields.add(new TargetField(audience, regionId, field, found == null ? null : found.target(),
                    found == null ? -1 : found.version()));
            row.add(field);
        }
        Div section = new Div(new H2(name), row);
        section.addClassName("report-section");
        form.add(section);
    }

    private void save() {
        boolean refused = false;
        int saved = 0;
        for (TargetField entry : fields) {
            IntegerField field = entry.field();
            if (field.isInvalid()) {
                // The field's own check (not a number, below 0, above the maximum): the same words as the service.
                refused |= refuse(field, getTranslation("error.reporting.target-range", TargetService.MAX_TARGET));
                continue;
            }
            if (Objects.equals(field.getValue(), entry.before())) {
                continue;
            }
            try {
                targets.set(entry.audience(), entry.regionId(), field.getValue(), entry.version());
                saved++;
            } catch (InvalidInputException wrong) {
                refused |= refuse(field, getTranslation(wrong.messageKey(), wrong.arguments()));
            } catch (UserFacingException stale) {
                Notifications.error(getTranslation(stale.messageKey(), stale.arguments()));
                refused = true;
            }
        }
        if (!refused) {
            Notifications.success(getTranslation("reporting.targets.saved", saved));
            load();
        }
    }

    private static boolean refuse(IntegerField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    /** A field with the target and version it was loaded with. */
    private record TargetField(Audience audience, @Nullable Long regionId, IntegerField field,
                               @Nullable Integer before, long version) {
    }
}
