package org.paralelo.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.people.MexicanState;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.programme.SeriesDraft;
import org.paralelo.programme.SeriesId;
import org.paralelo.programme.SeriesService;
import org.paralelo.programme.SeriesSummary;

/**
 * The debate-workshop series the person may read (those they organise, take part in or follow as coordinator),
 * as cards that read on a phone, each with its pending agreements counted; trainers and admins start new ones.
 */
@Route("series")
@Menu(order = 1.3, title = "menu.series", icon = "vaadin:group")
@PermitAll
public class SeriesListView extends Main implements TitledByHeading, BeforeEnterObserver {

    private final SeriesService series;
    private final RegionService regions;

    SeriesListView(SeriesService series, RegionService regions) {
        this.series = series;
        this.regions = regions;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("programme.series.title")));
        add(new Paragraph(getTranslation("programme.series.intro")));
        if (series.canCreate()) {
            Button create = new Button(getTranslation("programme.series.new"), click -> newSeries());
            create.setId("new-series");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        List<SeriesSummary> visible = series.visible();
        if (visible.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("programme.series.empty"));
            empty.setId("series-empty");
            add(empty);
            return;
        }
        Div list = new Div();
        list.setId("series-list");
        list.getElement().setAttribute("role", "list");
        visible.forEach(s -> list.add(card(s)));
        add(list);
    }

    private Div card(SeriesSummary s) {
        Anchor name = new Anchor(ProgrammePaths.series(s.id()), s.name());
        H3 heading = new H3(name);
        Paragraph facts = new Paragraph(getTranslation("programme.series.facts", s.sessions(), s.organisations())
                + (s.municipality().isEmpty() ? "" : " · " + s.municipality()));
        Div card = new Div(heading, facts);
        if (s.pendingAgreements() > 0) {
            Span pending = new Span(getTranslation("programme.series.pending", s.pendingAgreements()));
            pending.getElement().getThemeList().add("badge");
            card.add(pending);
        }
        card.addClassName("session-card");
        card.getElement().setAttribute("role", "listitem");
        card.setId("series-" + s.id().value());
        return card;
    }

    private void newSeries() {
        TextField name = new TextField(getTranslation("programme.series.name"));
        name.setId("series-name");
        TextField municipality = new TextField(getTranslation("programme.series.municipality"));
        municipality.setId("series-municipality");
        ComboBox<MexicanState> state = new ComboBox<>(getTranslation("programme.session.state"));
        state.setItems(MexicanState.values());
        state.setItemLabelGenerator(s -> Labels.of(this, s.messageKey()));
        state.setId("series-state");
        MultiSelectComboBox<RegionView> chosen = new MultiSelectComboBox<>(getTranslation("programme.series.regions"));
        chosen.setItems(regions.list());
        chosen.setItemLabelGenerator(RegionView::name);
        chosen.setId("series-regions");
        TextArea description = new TextArea(getTranslation("programme.series.description"));
        description.setId("series-description");
        FormLayout form = new FormLayout(name, municipality, state, chosen, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        FieldErrors errors = new FieldErrors(form).field("name", name).field("municipality", municipality)
                .field("description", description).field("regions", chosen);
        Dialog dialog = new Dialog(form);
        dialog.setId("new-series-dialog");
        dialog.setHeaderTitle(getTranslation("programme.series.new"));
        Button save = new Button(getTranslation("action.save"), click -> {
            errors.clear();
            Set<Long> regionIds = chosen.getValue().stream().map(RegionView::id).collect(Collectors.toSet());
            try {
                SeriesId created = series.create(new SeriesDraft(name.getValue(), description.getValue(),
                        municipality.getValue(), state.getValue(), regionIds, Set.of()));
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(ProgrammePaths.series(created)));
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            } catch (UserFacingException refusal) {
                Labels.refused(this, refusal);
            }
        });
        save.setId("save-series");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
