package org.paralelo.interchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ui.Notifications;
import org.paralelo.courses.AuthoringPaths;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseCard;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.CourseState;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.interchange.CoursePackageExporter;
import org.paralelo.interchange.CoursePackageService;
import org.paralelo.interchange.ImportOptions;
import org.paralelo.interchange.ImportReport;
import org.paralelo.interchange.PackageFiles;
import org.paralelo.interchange.PackageImportFailedException;
import org.paralelo.interchange.PackageLimits;
import org.paralelo.interchange.PackageRefusedException;
import org.paralelo.interchange.QuestionImportService;

/**
 * Course packages for trainers and admins: upload a ZIP, read the preview report, confirm the import; and, for
 * each course they teach, download it as a package (draft or published version), download its question bank as
 * GIFT, or import GIFT/Aiken questions into the bank.
 */
@Route("paquetes")
@PageTitle("Paralelo")
@Menu(order = 3, title = "menu.packages", icon = "vaadin:package")
@RolesAllowed({"TRAINER", "ADMIN"})
public class PackagesView extends Main {

    private final CoursePackageService packages;
    private final Div reportArea = new Div();
    private final Checkbox publish = new Checkbox();
    private final Button confirm = new Button();
    private @Nullable PackageFiles pending;

    PackagesView(CoursePackageService packages, CoursePackageExporter exporter, QuestionImportService questions,
                 CatalogueService catalogue) {
        this.packages = packages;
        addClassName("page");
        add(new H1(getTranslation("menu.packages")));
        add(new H2(getTranslation("interchange.ui.import-title")));
        add(new Paragraph(getTranslation("interchange.ui.import-help")));
        add(upload());
        publish.setLabel(getTranslation("interchange.ui.publish"));
        publish.setId("package-publish");
        confirm.setText(getTranslation("interchange.ui.confirm"));
        confirm.setId("package-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(click -> importPending());
        reportArea.setId("package-report-area");
        add(reportArea, new Div(publish, confirm));

        add(new H2(getTranslation("interchange.ui.export-title")));
        Div rows = new Div();
        rows.addClassName("package-courses");
        for (CourseCard course : catalogue.coursesITeach()) {
            rows.add(row(course, exporter, questions, catalogue));
        }
        add(rows);
    }

    private Upload upload() {
        Upload upload = new Upload();
        upload.setId("package-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(200 * 1024 * 1024);
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setUploadButton(new Button(getTranslation("interchange.ui.choose")));
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                PackageFiles files = PackageFiles.fromZip(in, PackageLimits.defaults());
                ImportReport report = packages.preview(files, ImportOptions.asDraft());
                showPreview(files, report);
            } catch (PackageRefusedException refused) {
                show(new ReportView(new ImportReport("", "", ImportReport.CREATE, null, 0, 0, 0, 0,
                        java.util.List.of(), refused.problems(), java.util.List.of(), false, false)), null);
            } catch (IOException e) {
                Notifications.error(getTranslation("upload.unexpected-server-error"));
            } finally {
                Files.deleteIfExists(file.toPath());
                upload.clearFileList();
            }
        }));
        return upload;
    }

    /** Shows a preview; only a package without errors can be confirmed. */
    void showPreview(PackageFiles files, ImportReport report) {
        show(new ReportView(report), report.ok() ? files : null);
    }

    private void show(ReportView report, @Nullable PackageFiles files) {
        UI ui = UI.getCurrent();
        Runnable update = () -> {
            reportArea.removeAll();
            reportArea.add(report);
            pending = files;
            confirm.setEnabled(files != null);
        };
        if (ui != null) {
            ui.access(update::run);
        } else {
            update.run();
        }
    }

    private void importPending() {
        if (pending == null) {
            return;
        }
        try {
            ImportReport done = packages.importPackage(pending, new ImportOptions(publish.getValue(), null));
            pending = null;
            confirm.setEnabled(false);
            reportArea.removeAll();
            Anchor open = new Anchor(AuthoringPaths.courseEditor(new CourseId(done.courseId())),
                    getTranslation("interchange.ui.open-course", done.title()));
            open.setId("package-imported");
            reportArea.add(new ReportView(done), open);
            Notifications.success(getTranslation("interchange.ui.imported", done.title()));
        } catch (PackageImportFailedException failed) {
            show(new ReportView(failed.report()), null);
            Notifications.error(getTranslation("interchange.package.import-failed", failed.report().errors().size()));
        }
    }

    private Div row(CourseCard course, CoursePackageExporter exporter, QuestionImportService questions,
                    CatalogueService catalogue) {
        Div row = new Div();
        row.addClassName("package-course");
        row.add(new Span(course.title()));
        String slug = "curso-" + course.id().value();
        Anchor draft = new Anchor(DownloadHandler.fromInputStream(event -> zip(exporter.export(course.id(), null),
                slug + ".zip")), getTranslation("interchange.ui.export-draft"));
        draft.setId("export-draft-" + course.id().value());
        row.add(draft);
        if (course.state() == CourseState.PUBLISHED) {
            catalogue.published(course.id()).map(PublishedCourse::version).ifPresent(version -> {
                Anchor published = new Anchor(DownloadHandler.fromInputStream(event -> zip(
                        exporter.export(course.id(), version), slug + "-v" + version + ".zip")),
                        getTranslation("interchange.ui.export-version", version));
                published.setId("export-published-" + course.id().value());
                row.add(published);
            });
        }
        Anchor gift = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] text = questions.exportGift(course.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(text), slug + "-banco.gift",
                    "text/plain;charset=UTF-8", text.length);
        }), getTranslation("interchange.ui.export-bank"));
        gift.setId("export-bank-" + course.id().value());
        Button importQuestions = new Button(getTranslation("interchange.ui.import-questions"),
                click -> new QuestionImportDialog(questions, course).open());
        importQuestions.setId("import-questions-" + course.id().value());
        row.add(gift, importQuestions);
        return row;
    }

    private static DownloadResponse zip(byte[] bytes, String name) {
        return new DownloadResponse(new ByteArrayInputStream(bytes), name, "application/zip", bytes.length);
    }
}
