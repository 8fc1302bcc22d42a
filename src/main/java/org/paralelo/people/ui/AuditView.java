package org.paralelo.people.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.people.AuditAction;
import org.paralelo.people.AuditEntryView;
import org.paralelo.people.AuditFilter;
import org.paralelo.people.AuditService;

/** The audit log for admins: newest first, filtered by action, person and dates (programme time zone). */
@Route("admin/auditoria")
@Menu(order = 36, title = "menu.audit", icon = "vaadin:records")
@RolesAllowed("ADMIN")
public class AuditView extends Main implements TitledByHeading {

    private final Grid<AuditEntryView> grid = new Grid<>();
    private final Select<AuditAction> action = new Select<>();
    private final TextField actor = new TextField(getTranslation("audit.actor"));
    private final DatePicker from = new DatePicker(getTranslation("audit.from"));
    private final DatePicker to = new DatePicker(getTranslation("audit.to"));

    AuditView(AuditService audit) {
        addClassName("page");
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.all-actions"));
        action.setItemLabelGenerator(this::actionLabel);
        actor.setId("audit-actor");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        from.setId("audit-from");
        to.setId("audit-to");
        action.addValueChangeListener(change -> refresh());
        actor.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(action, actor, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("toolbar");

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ProgrammeZone.ZONE);
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> when.format(e.at())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEntryView::actor).setHeader(getTranslation("audit.actor"));
        grid.addColumn(e -> actionLabel(e.action())).setHeader(getTranslation("audit.action"));
        grid.addColumn(AuditEntryView::subject).setHeader(getTranslation("audit.subject")).setFlexGrow(2);
        grid.addColumn(AuditEntryView::source).setHeader(getTranslation("audit.source"));
        grid.setEmptyStateText(getTranslation("audit.none"));
        grid.setItems(query -> audit.search(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter())));
        grid.setWidthFull();

        add(new H1(getTranslation("menu.audit")), filters, grid);
    }

    private AuditFilter filter() {
        return new AuditFilter(action.getValue(), actor.getValue(), startOf(from.getValue()),
                to.getValue() == null ? null : startOf(to.getValue().plusDays(1)));
    }

    private static @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(ProgrammeZone.ZONE).toInstant();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** Last in the class: a key built at run time, which the bundle check cannot follow. */
    private String actionLabel(@Nullable AuditAction chosen) {
        return chosen == null ? getTranslation("audit.all-actions") : getTranslation(chosen.messageKey());
    }
}
