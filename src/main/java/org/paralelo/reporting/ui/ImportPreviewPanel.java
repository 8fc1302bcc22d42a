package org.paralelo.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.ImportOutcome;
import org.paralelo.people.ImportPreview;
import org.paralelo.people.ImportProblem;
import org.paralelo.people.ImportRowPreview;
import org.paralelo.programme.RunId;
import org.paralelo.programme.RunSummary;

/**
 * The preview of an import: counts per outcome, a grid of every row (filtered by outcome, error rows marked) with
 * each error's line, column and reason in the viewer's language, the optional run, and the confirm button.
 */
class ImportPreviewPanel extends Div {

    private final Grid<ImportRowPreview> grid = new Grid<>();

    ImportPreviewPanel(ImportPreview preview, List<RunSummary> runs, Consumer<@Nullable RunId> confirm) {
        setId("import-preview-panel");
        Paragraph summary = new Paragraph(getTranslation("import.preview.summary",
                preview.count(ImportOutcome.CREATE), preview.count(ImportOutcome.UPDATE),
                preview.count(ImportOutcome.UNCHANGED), preview.count(ImportOutcome.ERROR)));
        summary.setId("import-summary");

        ListDataProvider<ImportRowPreview> rows = new ListDataProvider<>(preview.rows());
        Select<ImportOutcome> filter = new Select<>();
        filter.setId("import-filter");
        filter.setLabel(getTranslation("import.filter"));
        filter.setItems(ImportOutcome.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("import.filter.all"));
        filter.setItemLabelGenerator(o -> o == null ? getTranslation("import.filter.all")
                : getTranslation(o.messageKey()));
        filter.addValueChangeListener(change -> rows.setFilter(change.getValue() == null ? null
                : row -> row.outcome() == change.getValue()));

        grid.setId("import-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(ImportRowPreview::line).setHeader(getTranslation("import.grid.line")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.outcome().messageKey())).setHeader(getTranslation("import.grid.outcome"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportRowPreview::fullName).setHeader(getTranslation("import.grid.name"));
        grid.addColumn(ImportRowPreview::email).setHeader(getTranslation("import.grid.email"));
        grid.addColumn(ImportRowPreview::username).setHeader(getTranslation("import.grid.username"));
        grid.addColumn(this::problems).setHeader(getTranslation("import.grid.problems")).setKey("problems")
                .setFlexGrow(2);
        grid.setPartNameGenerator(r -> r.outcome() == ImportOutcome.ERROR ? "import-error" : null);
        grid.setItems(rows);
        grid.setWidthFull();
        grid.setAllRowsVisible(preview.rows().size() <= 12);

        long valid = preview.rows().size() - preview.count(ImportOutcome.ERROR);
        Select<RunSummary> run = new Select<>();
        run.setId("import-run");
        run.setLabel(getTranslation("import.run"));
        run.setItems(runs);
        run.setEmptySelectionAllowed(true);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        run.setItemLabelGenerator(r -> r == null ? "" : getTranslation("import.run.option", r.name(),
                date.format(r.startsOn())));
        run.setVisible(!runs.isEmpty());
        Button importButton = new Button(getTranslation("import.confirm", valid), click -> confirm.accept(
                run.getValue() == null ? null : run.getValue().id()));
        importButton.setId("import-confirm");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setDisableOnClick(true);
        importButton.setEnabled(valid > 0);
        HorizontalLayout actions = new HorizontalLayout(run, importButton);
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(new H2(getTranslation("import.preview.title")), summary, filter, grid);
        if (preview.count(ImportOutcome.ERROR) > 0) {
            Paragraph skipping = new Paragraph(getTranslation("import.confirm.skipping",
                    preview.count(ImportOutcome.ERROR)));
            skipping.setId("import-skipping");
            add(skipping);
        }
        if (valid == 0) {
            add(new Paragraph(getTranslation("import.nothing-to-import")));
        }
        add(actions);
    }

    /** Each problem as "Line 12, column C (Correo): «ana@» is not a valid e-mail address". */
    private String problems(ImportRowPreview row) {
        return row.problems().stream().map(this::problem).collect(Collectors.joining("; "));
    }

    private String problem(ImportProblem p) {
        return getTranslation("import.problem.at", String.valueOf(p.line()), p.columnLetter(), p.header(),
                getTranslation(p.kind().messageKey(), p.value()));
    }
}
