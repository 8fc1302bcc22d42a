package org.paralelo.backup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.paralelo.backup.ArchiveInfo;
import org.paralelo.backup.BackupService;
import org.paralelo.backup.BackupSettings;
import org.paralelo.backup.BackupStatus;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.ProgressPolling;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.TitledByHeading;

/**
 * Admins back up now (in the background, with progress; the screen polls while it runs), see the archives in the
 * backup folder with their date and size and download them, and read how backups are configured and restored.
 */
@Route("admin/respaldos")
@Menu(order = 37, title = "menu.backups", icon = "vaadin:archive")
@RolesAllowed("ADMIN")
public class BackupView extends Main implements TitledByHeading {

    private final BackupService backups;
    private final Grid<ArchiveInfo> grid = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph state = new Paragraph();
    private final Button start;
    private final DateTimeFormatter when;
    private final ProgressPolling<BackupStatus> polling;
    private @Nullable String shownArchive;

    BackupView(BackupService backups) {
        this.backups = backups;
        this.polling = new ProgressPolling<>(this, backups::status, BackupStatus::running, this::show,
                this::refreshList);
        addClassName("page");
        when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ProgrammeZone.ZONE);
        start = new Button(getTranslation("backup.now"), new Icon(VaadinIcon.DOWNLOAD_ALT), e -> Refusals.attempt(this,
                () -> {
                    show(backups.start());
                    polling.start();
                }));
        start.setId("backup-now");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setDisableOnClick(true);
        progress.setId("backup-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("backup.now"));
        state.setId("backup-state");
        state.getElement().setAttribute("role", "status");

        grid.setId("backup-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // The file (the download link) first, so a phone shows it without scrolling the grid sideways.
        grid.addComponentColumn(this::download).setHeader(getTranslation("backup.grid.name")).setFlexGrow(2);
        grid.addColumn(a -> when.format(a.createdAt())).setHeader(getTranslation("backup.grid.created"))
                .setFlexGrow(1);
        grid.addColumn(a -> size(a.sizeBytes())).setHeader(getTranslation("backup.grid.size")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("backup.none"));
        grid.setAllRowsVisible(true);
        grid.setWidthFull();

        add(new H1(getTranslation("backup.title")), new Paragraph(getTranslation("backup.intro")), settings(),
                state, progress, start, new H2(getTranslation("menu.backups")), grid,
                restoreHint());
        refreshList();
        show(backups.status());
    }

    private Paragraph restoreHint() {
        Paragraph hint = new Paragraph(new Code(getTranslation("backup.restore-hint")));
        hint.addClassName("backup-hint");
        return hint;
    }

    private UnorderedList settings() {
        BackupSettings settings = backups.settings();
        UnorderedList list = new UnorderedList(
                new ListItem(getTranslation("backup.settings.folder", settings.directory())),
                new ListItem(getTranslation("backup.settings.keep", settings.keep())),
                new ListItem(settings.scheduled() ? getTranslation("backup.settings.schedule", settings.cron())
                        : getTranslation("backup.settings.unscheduled")));
        list.setId("backup-settings");
        list.addClassName("backup-settings");
        return list;
    }

    private Anchor download(ArchiveInfo archive) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                backups.open(archive.name()), archive.name(), "application/zip", archive.sizeBytes())),
                archive.name());
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", getTranslation("backup.grid.download") + " " + archive.name());
        link.addClassName("backup-file");
        return link;
    }

    private void refreshList() {
        grid.setItems(backups.archives());
    }

    private void show(BackupStatus status) {
        start.setEnabled(!status.running());
        progress.setVisible(status.running());
        if (status.running()) {
            progress.setIndeterminate(status.total() == 0);
            progress.setValue(status.total() == 0 ? 0 : Math.min(1.0, (double) status.done() / status.total()));
            state.setText(phaseText(status));
        } else if (status.problemKey() != null) {
            state.setText(getTranslation(status.problemKey()));
        } else if (status.lastArchive() != null && status.finishedAt() != null) {
            state.setText(getTranslation("backup.last", status.lastArchive(), when.format(status.finishedAt())));
            if (shownArchive != null && !shownArchive.equals(status.lastArchive())) {
                Notifications.success(getTranslation("backup.last", status.lastArchive(),
                        when.format(status.finishedAt())));
            }
        } else {
            state.setText(getTranslation("backup.idle"));
        }
        shownArchive = status.lastArchive() == null ? "" : status.lastArchive();
    }

    private String size(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return bytes < 1_048_576 ? getTranslation("backup.size.kb", format.format(bytes / 1024.0))
                : getTranslation("backup.size.mb", format.format(bytes / 1_048_576.0));
    }

    /** Last in the class: a key built at run time, which the bundle check cannot follow. */
    private String phaseText(BackupStatus status) {
        String phase = status.phase() == null ? "DATABASE" : status.phase().name();
        return getTranslation("backup.phase." + phase, Math.min(status.done() + 1, Math.max(1, status.total())),
                status.total());
    }
}
