package org.paralelo.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonSummary;
import org.paralelo.people.RegionService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The admin's home: every account, searchable, with creation and per-person actions. */
@Route("admin/personas")
@Menu(order = 10, title = "menu.people", icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class PeopleView extends Main implements TitledByHeading {

    private final Grid<PersonSummary> grid = new Grid<>();
    private final TextField filter = new TextField();

    PeopleView(AccountService accounts, RegionService regions) {
        addClassName("page");
        filter.setPlaceholder(getTranslation("people.search"));
        filter.setAriaLabel(getTranslation("people.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("people.new"), VaadinIcon.PLUS.create(),
                click -> new NewPersonDialog(accounts, regions, this::refresh).open());
        create.setId("new-person");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(filter, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("toolbar");

        grid.setId("people-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(PeopleView::personCell).setHeader(getTranslation("people.person")).setFlexGrow(3)
                .setKey("person");
        grid.addColumn(p -> p.roles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("people.roles"));
        grid.addColumn(p -> p.state() == null ? "" : getTranslation(p.state().messageKey()))
                .setHeader(getTranslation("profile.state"));
        grid.addColumn(p -> p.regionName() == null ? "" : p.regionName()).setHeader(getTranslation("profile.region"));
        grid.addColumn(p -> getTranslation(p.enabled() ? "people.active" : "people.inactive"))
                .setHeader(getTranslation("people.status"));
        grid.addComponentColumn(p -> {
            Button manage = new Button(getTranslation("people.manage"),
                    click -> new PersonActionsDialog(accounts, regions, p, this::refresh).open());
            manage.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            manage.setAriaLabel(getTranslation("people.manage-person", p.fullName()));
            return manage;
        }).setHeader(getTranslation("people.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("people.none"));
        grid.setItems(query -> accounts.list(filter.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("fullName", "id"))).stream());
        // Width only: the height comes from paralelo.css (60vh); 100% of the block page would collapse to one row.
        grid.setWidthFull();

        add(new H1(getTranslation("menu.people")), toolbar, grid);
    }

    /** Name on the first line, username and e-mail below: one column instead of three, kinder to phones. */
    private static Div personCell(PersonSummary person) {
        Span name = new Span(person.fullName());
        name.addClassName("person-name");
        Span contact = new Span(person.username() + " · " + person.email());
        contact.addClassName("person-contact");
        Div cell = new Div(name, contact);
        cell.addClassName("person-cell");
        return cell;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
