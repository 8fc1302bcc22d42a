package org.paralelo.interchange.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.paralelo.interchange.ImportReport;
import org.paralelo.interchange.PackageProblem;

/** An import report on the page: what will be created or updated, then errors and warnings with file:line. */
class ReportView extends Div {

    ReportView(ImportReport report) {
        addClassName("package-report");
        setId("package-report");
        if (!report.code().isEmpty()) {
            add(new H3(report.title()));
            Paragraph format = new Paragraph(getTranslation("interchange.ui.format-read", report.format()));
            format.setId("package-format");
            add(format);
            add(new Paragraph(getTranslation(report.action().equals(ImportReport.UPDATE)
                    ? "interchange.ui.will-update" : "interchange.ui.will-create", report.code())));
            add(new Paragraph(getTranslation("interchange.ui.counts", report.modules(), report.lessons(),
                    report.quizzes(), report.questions(), report.media().size())));
        }
        problems("interchange.ui.errors", "package-errors", report.errors());
        problems("interchange.ui.warnings", "package-warnings", report.warnings());
    }

    private void problems(String titleKey, String id, List<PackageProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        add(new H3(getTranslation(titleKey, problems.size())));
        UnorderedList list = new UnorderedList();
        list.setId(id);
        problems.forEach(p -> list.add(new ListItem((p.where().isEmpty() ? "" : p.where() + " — ")
                + getTranslation(p.displayKey(), p.messageArguments()))));
        add(list);
    }
}
