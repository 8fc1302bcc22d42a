package org.paralelo.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.UploadTexts;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.people.ImportField;
import org.paralelo.people.ImportMapping;
import org.paralelo.people.ImportResult;
import org.paralelo.people.ImportTable;
import org.paralelo.people.ParticipantImportService;
import org.paralelo.programme.RunId;
import org.paralelo.reporting.ParticipantImportRun;

/**
 * Bulk participant import for admins, in four steps on one page: upload a CSV or XLSX file, map its columns,
 * read the preview (every row's outcome, errors with line and column), confirm; then download the activation
 * links. Rows with errors are skipped: the admin fixes the file and uploads it again, which leaves the rows
 * already imported unchanged.
 */
@Route("participantes/importar")
@Menu(order = 10.5, title = "menu.participant-import", icon = "vaadin:upload")
@RolesAllowed({"ADMIN", "COORDINATOR"})
public class ParticipantImportView extends Main implements TitledByHeading {

    private final ParticipantImportService imports;
    private final ParticipantImportRun importRun;
    private final Div mappingArea = new Div();
    private final Div previewArea = new Div();
    private final Div resultArea = new Div();
    private @Nullable ImportTable table;
    private final List<Select<ImportField>> columns = new ArrayList<>();

    ParticipantImportView(ParticipantImportService imports, ParticipantImportRun importRun) {
        this.imports = imports;
        this.importRun = importRun;
        addClassName("page");
        addClassName("participant-import");
        mappingArea.setId("import-mapping");
        previewArea.setId("import-preview-area");
        resultArea.setId("import-result");
        add(new H1(getTranslation("import.title")), new Paragraph(getTranslation("import.help")), upload(),
                mappingArea, previewArea, resultArea);
    }

    private Upload upload() {
        Upload upload = UploadTexts.apply(new Upload());
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ParticipantImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setUploadButton(new Button(getTranslation("import.upload")));
        upload.addFileRejectedListener(rejected -> Notifications.error(
                getTranslation("import.file.too-big", ParticipantImportService.MAX_BYTES / (1024 * 1024))));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            Runnable show = read(bytes);
            Runnable update = () -> {
                show.run();
                upload.clearFileList();
            };
            if (ui != null) {
                ui.access(update::run);
            } else {
                update.run();
            }
        }));
        return upload;
    }

    /** Reads an uploaded file (on the upload's thread) and answers what to show (on the UI's). */
    Runnable read(byte[] bytes) {
        try {
            ImportTable read = imports.read(bytes);
            ImportMapping proposed = imports.proposedMapping(read.headers());
            return () -> showMapping(read, proposed);
        } catch (UserFacingException refused) {
            return () -> {
                clear();
                Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            };
        }
    }

    private void clear() {
        table = null;
        columns.clear();
        mappingArea.removeAll();
        previewArea.removeAll();
        resultArea.removeAll();
    }

    private void showMapping(ImportTable read, ImportMapping proposed) {
        clear();
        table = read;
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2),
                new FormLayout.ResponsiveStep("900px", 3));
        for (int i = 0; i < read.headers().size(); i++) {
            Select<ImportField> field = new Select<>();
            field.setId("import-column-" + i);
            field.setLabel(getTranslation("import.mapping.column", letter(i + 1), read.headers().get(i)));
            field.setItems(ImportField.values());
            field.setEmptySelectionAllowed(true);
            field.setEmptySelectionCaption(getTranslation("import.mapping.ignore"));
            field.setItemLabelGenerator(f -> f == null ? getTranslation("import.mapping.ignore")
                    : getTranslation(f.messageKey()));
            proposed.fieldAt(i).ifPresent(field::setValue);
            columns.add(field);
            form.add(field);
        }
        Button preview = new Button(getTranslation("import.preview.action"), click -> preview());
        preview.setId("import-preview");
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mappingArea.add(new H2(getTranslation("import.mapping.title")),
                new Paragraph(getTranslation("import.file-read", read.rows().size())),
                new Paragraph(getTranslation("import.mapping.help")), form, preview);
    }

    ImportMapping mapping() {
        return new ImportMapping(columns.stream().map(Select::getValue).toList());
    }

    void preview() {
        ImportTable read = table;
        if (read == null) {
            return;
        }
        resultArea.removeAll();
        previewArea.removeAll();
        try {
            ImportMapping mapping = mapping();
            previewArea.add(new ImportPreviewPanel(imports.preview(read, mapping), importRun.runsToEnrolInto(),
                    run -> confirm(read, mapping, run)));
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void confirm(ImportTable read, ImportMapping mapping, @Nullable RunId run) {
        try {
            ParticipantImportRun.Outcome outcome = importRun.confirm(read, mapping, run);
            mappingArea.removeAll();
            previewArea.removeAll();
            showResult(outcome);
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void showResult(ParticipantImportRun.Outcome outcome) {
        ImportResult result = outcome.result();
        resultArea.removeAll();
        Paragraph done = new Paragraph(getTranslation("import.done", result.created(), result.updated(),
                result.unchanged(), result.skipped()));
        done.setId("import-done");
        resultArea.add(new H2(getTranslation("import.title")), done);
        if (outcome.enrolment() != null) {
            resultArea.add(new Paragraph(getTranslation("import.enrolled", outcome.enrolment().added(),
                    outcome.enrolment().alreadyEnrolled())));
        }
        if (result.links().isEmpty()) {
            resultArea.add(new Paragraph(getTranslation("import.links.none")));
        } else {
            resultArea.add(new Paragraph(getTranslation(result.mailed() ? "import.links.mailed"
                    : "import.links.not-mailed")));
            Locale locale = getLocale();
            String fileName = getTranslation("import.links.file");
            DownloadHandler download = event -> {
                event.setFileName(fileName);
                event.setContentType("text/csv;charset=UTF-8");
                importRun.writeLinks(result.links(), locale, event.getOutputStream());
            };
            Anchor links = new Anchor(download, getTranslation("import.links.download"));
            links.getElement().setAttribute("download", true);
            links.setId("import-links");
            resultArea.add(links);
        }
        Button again = new Button(getTranslation("import.again"), click -> clear());
        again.setId("import-again");
        resultArea.add(new Div(again));
    }

    private static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
