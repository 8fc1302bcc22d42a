package org.paralelo.courses.ui;

import com.vaadin.flow.component.Component;
import org.paralelo.base.ProgrammeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import org.paralelo.base.ui.Notifications;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.PublishingService;
import org.paralelo.courses.VersionInfo;

/** Who published what and when, what changed, and "restore into the draft". */
class VersionHistory extends Div {

    private static final ZoneId MEXICO = ProgrammeZone.ZONE;

    VersionHistory(PublishingService publishing, CourseId course, Runnable reload) {
        addClassName("version-history");
        Grid<VersionInfo> grid = new Grid<>();
        grid.setId("versions-grid");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(MEXICO);
        grid.addColumn(v -> "v" + v.number() + (v.current() ? " · " + getTranslation("history.current") : ""))
                .setHeader(getTranslation("history.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> when.format(v.publishedAt())).setHeader(getTranslation("history.when")).setAutoWidth(true);
        grid.addColumn(VersionInfo::publishedBy).setHeader(getTranslation("history.by")).setAutoWidth(true);
        grid.addColumn(v -> v.changes().stream().map(this::describe).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("history.changes")).setFlexGrow(3);
        grid.addComponentColumn(v -> {
            Button restore = new Button(getTranslation("history.restore"), click -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("history.restore"),
                        getTranslation("history.restore-confirm", v.number()), getTranslation("history.restore"),
                        event -> {
                            publishing.restoreIntoDraft(course, v.number());
                            Notifications.success(getTranslation("history.restored", v.number()));
                            reload.run();
                        }, getTranslation("action.cancel"), event -> { });
                confirm.open();
            });
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            restore.setAriaLabel(getTranslation("history.restore") + " v" + v.number());
            return restore;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(publishing.history(course));
        grid.setEmptyStateText(getTranslation("history.none"));
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("history.intro")), grid);
    }

    /** Change lines are message keys, some followed by "|" and the title of what changed. */
    private String describe(String line) {
        return describe(this, line);
    }

    static String describe(Component where, String line) {
        int bar = line.indexOf('|');
        return bar < 0 ? where.getTranslation(line)
                : where.getTranslation(line.substring(0, bar), line.substring(bar + 1));
    }
}
