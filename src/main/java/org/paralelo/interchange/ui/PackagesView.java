package org.paralelo.interchange.ui;

import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.base.ProgrammeZone;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.UploadTexts;
import org.paralelo.courses.AuthoringPaths;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseCard;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.CourseState;
import org.paralelo.courses.PublishingService;
import org.paralelo.courses.VersionInfo;
import org.paralelo.interchange.CartridgeExporter;
import org.paralelo.interchange.CoursePackageExporter;
import org.paralelo.interchange.CoursePackageService;
import org.paralelo.interchange.ImportOptions;
import org.paralelo.interchange.ImportReport;
import org.paralelo.interchange.PackageFiles;
import org.paralelo.interchange.PackageImportFailedException;
import org.paralelo.interchange.PackageLimits;
import org.paralelo.interchange.PackageProblem;
import org.paralelo.interchange.PackageRefusedException;
import org.paralelo.interchange.QuestionImportService;
import org.paralelo.interchange.UploadFormat;

/**
 * Course packages for trainers and admins: upload a package or an IMS Common Cartridge (told from its bytes), read
 * the preview report (the import itself, rolled back, with "publish" as ticked: ticking it again previews again),
 * confirm the import; and, for each course they teach,
 * download it as a package (the draft, the version learners see, or any published version from a picker), download
 * its question bank as GIFT, or import GIFT/Aiken questions into the bank.
 */
@Route("paquetes")
@Menu(order = 3, title = "menu.packages", icon = "vaadin:package")
@RolesAllowed({"TRAINER", "ADMIN"})
public class PackagesView extends Main implements TitledByHeading {

    private static final ZoneId MEXICO = ProgrammeZone.ZONE;

    private final CoursePackageService packages;
    private final CartridgeExporter cartridges;
    private final Div reportArea = new Div();
    private final Checkbox publish = new Checkbox();
    private final Button confirm = new Button();
    /** The checkbox's value for previews run on the upload's thread, which must not read the component. */
    private volatile boolean publishing;
    /** The last package read, previewed again when "publish" changes; null after a refusal or an import. */
    private volatile @Nullable PackageFiles uploaded;
    /** The package the confirm button imports: the last one, when its preview had no errors. */
    private @Nullable PackageFiles pending;

    PackagesView(CoursePackageService packages, CoursePackageExporter exporter, CartridgeExporter cartridges,
                 QuestionImportService questions, CatalogueService catalogue, PublishingService publishingService) {
        this.packages = packages;
        this.cartridges = cartridges;
        addClassName("page");
        add(new H1(getTranslation("menu.packages")));
        add(new H2(getTranslation("interchange.ui.import-title")));
        add(new Paragraph(getTranslation("interchange.ui.import-help")));
        publish.setLabel(getTranslation("interchange.ui.publish"));
        publish.setId("package-publish");
        publish.addValueChangeListener(change -> {
            publishing = change.getValue();
            PackageFiles files = uploaded;
            if (files != null) {
                preview(files);
            }
        });
        add(publish, upload());
        confirm.setText(getTranslation("interchange.ui.confirm"));
        confirm.setId("package-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(click -> importPending());
        reportArea.setId("package-report-area");
        add(reportArea, confirm);

        add(new H2(getTranslation("interchange.ui.export-title")));
        Div rows = new Div();
        rows.addClassName("package-courses");
        for (CourseCard course : catalogue.coursesITeach()) {
            rows.add(row(course, exporter, questions, publishingService.history(course.id())));
        }
        add(rows);
        List<CourseCard> archived = catalogue.archivedCoursesITeach();
        if (!archived.isEmpty()) {
            // Archived courses leave every other list; exporting them is how their content travels on.
            Div archive = new Div();
            archive.setId("package-archived");
            archive.addClassName("package-courses");
            for (CourseCard course : archived) {
                archive.add(row(course, exporter, questions, publishingService.history(course.id())));
            }
            add(new H3(getTranslation("interchange.ui.archived-title")),
                    new Paragraph(getTranslation("interchange.ui.archived-hint")), archive);
        }
    }

    private Upload upload() {
        Upload upload = UploadTexts.apply(new Upload());
        upload.setId("package-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(200 * 1024 * 1024);
        // The browser's filter only helps people pick; what a file is, is told from its bytes below.
        upload.setAcceptedFileTypes("application/zip", ".zip", ".imscc", ".gift", ".txt", ".xml");
        upload.setUploadButton(new Button(getTranslation("interchange.ui.choose")));
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file.toPath()))) {
                in.mark(UploadFormat.HEAD_BYTES);
                UploadFormat format = UploadFormat.detect(in.readNBytes(UploadFormat.HEAD_BYTES));
                in.reset();
                if (format != UploadFormat.ZIP) {
                    uploaded = null;
                    refuseUpload(format);
                    return;
                }
                PackageFiles files = PackageFiles.fromZip(in, PackageLimits.defaults());
                uploaded = files;
                preview(files);
            } catch (PackageRefusedException refused) {
                uploaded = null;
                show(new ReportView(new ImportReport("", "", "", ImportReport.CREATE, null, 0, 0, 0, 0,
                        List.of(), refused.problems(), List.of(), false, false)), null);
            } catch (IOException e) {
                Notifications.error(getTranslation("upload.unexpected-server-error"));
            } finally {
                Files.deleteIfExists(file.toPath());
                upload.clearFileList();
            }
        }));
        return upload;
    }

    /** A question file belongs in a course's bank; anything else is not a package: both shown as the refusal. */
    private void refuseUpload(UploadFormat format) {
        PackageProblem problem = format.questions() ? new PackageProblem("", 0,
                "interchange.upload.questions-need-course", format == UploadFormat.MOODLE_XML ? "Moodle XML"
                : format == UploadFormat.AIKEN ? "Aiken" : "GIFT")
                : new PackageProblem("", 0, "interchange.upload.unknown-format", "");
        show(new ReportView(new ImportReport("", "", "", ImportReport.CREATE, null, 0, 0, 0, 0, List.of(),
                List.of(problem), List.of(), false, false)), null);
    }

    /** Previews the package as it would be imported now (published or not, as ticked). */
    private void preview(PackageFiles files) {
        showPreview(files, packages.preview(files, new ImportOptions(publishing, null)));
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
            uploaded = null;
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
                    List<VersionInfo> versions) {
        Div row = new Div();
        row.addClassName("package-course");
        row.add(new Span(course.title()));
        String slug = "curso-" + course.id().value();
        Anchor draft = new Anchor(DownloadHandler.fromInputStream(event -> zip(exporter.export(course.id(), null),
                slug + ".zip")), getTranslation("interchange.ui.export-draft"));
        draft.setId("export-draft-" + course.id().value());
        row.add(draft);
        if (course.state() == CourseState.PUBLISHED) {
            // The history already marks the version learners see: no need to read the course again.
            versions.stream().filter(VersionInfo::current).map(VersionInfo::number).findFirst().ifPresent(version -> {
                Anchor published = new Anchor(versionDownload(course, exporter, version, slug),
                        getTranslation("interchange.ui.export-version", version));
                published.setId("export-published-" + course.id().value());
                row.add(published, cartridgeDownload(course, version, slug));
            });
        }
        if (!versions.isEmpty()) {
            row.add(versionPicker(course, exporter, versions, slug));
        }
        Anchor gift = bankDownload(() -> questions.exportGift(course.id()), slug + "-banco.gift",
                "text/plain;charset=UTF-8", "interchange.ui.export-bank");
        gift.setId("export-bank-" + course.id().value());
        Anchor moodleXml = bankDownload(() -> questions.exportMoodleXml(course.id()), slug + "-banco.xml",
                "application/xml;charset=UTF-8", "interchange.ui.export-bank-moodle-xml");
        moodleXml.setId("export-bank-xml-" + course.id().value());
        Button importQuestions = new Button(getTranslation("interchange.ui.import-questions"),
                click -> new QuestionImportDialog(questions, course).open());
        importQuestions.setId("import-questions-" + course.id().value());
        row.add(gift, moodleXml, importQuestions);
        return row;
    }

    /**
     * The version learners see as an IMS Common Cartridge 1.3; what has no equivalent is said in a notification
     * once the file is written.
     */
    private Anchor cartridgeDownload(CourseCard course, int version, String slug) {
        UI ui = UI.getCurrent();
        Anchor cartridge = new Anchor(DownloadHandler.fromInputStream(event -> {
            CartridgeExporter.Export export = cartridges.export(course.id(), version);
            if (!export.lost().isEmpty() && ui != null) {
                String lost = String.join("; ", export.lost().stream().map(PackageProblem::detail).toList());
                ui.access(() -> Notifications.error(getTranslation("interchange.ui.export-cartridge-lost", lost)));
            }
            return new DownloadResponse(new ByteArrayInputStream(export.zip()), slug + "-v" + version + ".imscc",
                    "application/zip", export.zip().length);
        }), getTranslation("interchange.ui.export-cartridge"));
        cartridge.setId("export-cartridge-" + course.id().value());
        return cartridge;
    }

    /** The course's question bank as a file, written when the link is followed. */
    private Anchor bankDownload(java.util.function.Supplier<String> export, String fileName, String type,
                                String labelKey) {
        return new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] text = export.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(text), fileName, type, text.length);
        }), getTranslation(labelKey));
    }

    /** Any published version, newest first: pick one, then download it. */
    private Div versionPicker(CourseCard course, CoursePackageExporter exporter, List<VersionInfo> versions,
                              String slug) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(MEXICO);
        Select<VersionInfo> picker = new Select<>();
        picker.setLabel(getTranslation("interchange.ui.export-pick-version"));
        picker.setItems(versions);
        picker.setItemLabelGenerator(v -> getTranslation("interchange.ui.version-label", v.number(),
                when.format(v.publishedAt())));
        picker.setValue(versions.getFirst());
        picker.setId("export-version-select-" + course.id().value());
        Anchor download = new Anchor(versionDownload(course, exporter, versions.getFirst().number(), slug),
                getTranslation("interchange.ui.export-picked"));
        download.setId("export-version-" + course.id().value());
        picker.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                download.setHref(versionDownload(course, exporter, change.getValue().number(), slug));
            }
        });
        Div picked = new Div(picker, download);
        picked.addClassName("package-version-picker");
        return picked;
    }

    private static DownloadHandler versionDownload(CourseCard course, CoursePackageExporter exporter, int version,
                                                   String slug) {
        return DownloadHandler.fromInputStream(event -> zip(exporter.export(course.id(), version),
                slug + "-v" + version + ".zip"));
    }

    private static DownloadResponse zip(byte[] bytes, String name) {
        return new DownloadResponse(new ByteArrayInputStream(bytes), name, "application/zip", bytes.length);
    }
}
