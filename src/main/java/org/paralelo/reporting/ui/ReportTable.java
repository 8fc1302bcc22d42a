package org.paralelo.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.paralelo.reporting.ReportRow;

/**
 * A dashboard table: the group's name (a link one level down where there is one), then reached, target, percent
 * of target, enrolled, active, completed, certified and the average quiz result, numbers in the person's locale.
 */
class ReportTable extends Grid<ReportRow> {

    ReportTable(String id, String firstHeader, List<ReportRow> rows, Locale locale, boolean counts,
                @Nullable Function<ReportRow, @Nullable String> drillLink) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMaximumFractionDigits(1);
        // Wide enough for a name ("Teotitlán del Valle", a person's full name); the numbers scroll beside it.
        addComponentColumn(row -> name(row, drillLink)).setHeader(firstHeader).setWidth("13em").setFlexGrow(1)
                .setFrozen(true).setResizable(true);
        String prefix = counts ? "reporting.column." : "reporting.person-column.";
        number(getTranslation(prefix + "reached"), r -> whole.format(r.reached()));
        if (counts) {
            number(getTranslation("reporting.column.target"), r -> r.target() == null ? "—" : whole.format(r.target()));
            number(getTranslation("reporting.column.percent"),
                    r -> r.percentOfTarget() == null ? "—" : whole.format(r.percentOfTarget()) + " %");
        }
        number(getTranslation(prefix + "enrolled"), r -> whole.format(r.enrolled()));
        number(getTranslation(prefix + "active"), r -> whole.format(r.active()));
        number(getTranslation(prefix + "completed"), r -> whole.format(r.completed()));
        number(getTranslation(prefix + "certified"), r -> whole.format(r.certified()));
        number(getTranslation("reporting.column.quiz"),
                r -> r.quizAverage() == null ? "—" : oneDecimal.format(r.quizAverage()) + " %");
        setEmptyStateText(getTranslation("reporting.empty"));
        setItems(rows);
    }

    private void number(String header, com.vaadin.flow.function.ValueProvider<ReportRow, String> value) {
        addColumn(value).setHeader(header).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }

    private static Component name(ReportRow row, @Nullable Function<ReportRow, @Nullable String> drillLink) {
        String href = drillLink == null ? null : drillLink.apply(row);
        if (href == null) {
            return new Text(row.label());
        }
        Anchor link = new Anchor(href, row.label());
        link.addClassName("drill-link");
        return link;
    }
}
