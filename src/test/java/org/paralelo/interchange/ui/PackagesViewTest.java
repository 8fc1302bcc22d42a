package org.paralelo.interchange.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseCard;
import org.paralelo.courses.CourseImportService;
import org.paralelo.courses.VersionInfo;
import org.paralelo.interchange.CoursePackageService;
import org.paralelo.interchange.ImportOptions;
import org.paralelo.interchange.PackageFiles;
import org.paralelo.interchange.TestPackages;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.paralelo.courses.PublishingService;
import org.paralelo.courses.CourseId;
import com.vaadin.flow.component.html.Div;
import org.springframework.beans.factory.annotation.Autowired;

/** The packages page: preview report, confirm, export links per course, GIFT import into a bank. */
class PackagesViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CoursePackageService packages;
    @Autowired
    CourseImportService imports;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    PublishingService publishing;

    private String trainer;
    private String code;

    @BeforeEach
    void trainer() {
        trainer = People.uniqueUsername("vista-paquetes");
        People.create(accounts, trainer, Role.TRAINER);
        code = People.uniqueUsername("vista").toLowerCase();
        signIn(trainer, "TRAINER");
    }

    private PackagesView open() {
        UI.getCurrent().navigate(PackagesView.class);
        return _get(PackagesView.class);
    }

    @Test
    void the_preview_shows_what_will_be_created_and_confirming_imports_and_publishes() {
        PackagesView view = open();
        PackageFiles files = PackageFiles.of(org.paralelo.interchange.TestPackages.minimal(code));

        view.showPreview(files, packages.preview(files, ImportOptions.asDraft()));

        assertThat(_get(view, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("package-report"))
                .getElement().getText() + textOf(view)).contains("Se creará un curso nuevo con el código «" + code + "»",
                "1 módulo, 1 lección, 1 autoevaluación, 2 preguntas, 1 archivo.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("package-publish")), true);
        _click(_get(Button.class, spec -> spec.withId("package-confirm")));

        assertThat(_get(Anchor.class, spec -> spec.withId("package-imported")).getHref()).startsWith("autoria/cursos/");
        var id = As.user(trainer, new String[] {"TRAINER"}, () -> imports.findByCode(code)).orElseThrow();
        assertThat(As.user(trainer, new String[] {"TRAINER"}, () -> catalogue.published(id))).isPresent();
    }

    @Test
    void a_package_with_errors_lists_them_with_file_and_line_and_cannot_be_confirmed() {
        PackagesView view = open();
        var broken = new java.util.TreeMap<>(org.paralelo.interchange.TestPackages.minimal(code));
        broken.put("lessons/l1.md", "[falta](media/no.pdf)".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        PackageFiles files = PackageFiles.of(broken);

        view.showPreview(files, packages.preview(files, ImportOptions.asDraft()));

        assertThat(_get(UnorderedList.class, spec -> spec.withId("package-errors")).getElement().getTextRecursively())
                .contains("lessons/l1.md:1 — La lección enlaza «media/no.pdf», que no está en el paquete.");
        assertThat(_get(Button.class, spec -> spec.withId("package-confirm")).isEnabled()).isFalse();
    }

    @Test
    void each_course_i_teach_has_export_links_and_a_question_import_with_a_report_per_question() {
        var imported = As.user(trainer, new String[] {"TRAINER"}, () -> packages.importPackage(
                PackageFiles.of(org.paralelo.interchange.TestPackages.minimal(code)), ImportOptions.published()));
        long id = imported.courseId();
        open();

        assertThat(_find(Anchor.class, spec -> spec.withId("export-draft-" + id))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("export-published-" + id))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("export-bank-" + id))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("import-questions-" + id)));
        _setValue(_get(TextArea.class, spec -> spec.withId("questions-text")),
                "¿Bien? {T}\n\n¿Mal? {\n=uno\n");
        _setValue(_get(Checkbox.class, spec -> spec.withId("questions-all-or-nothing")), true);
        _click(_get(Button.class, spec -> spec.withId("questions-import")));

        String report = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("questions-report"))
                .getElement().getTextRecursively();
        assertThat(report).contains("Línea 1: lista", "Línea 3: error");
        assertThat(As.user(trainer, new String[] {"TRAINER"}, () -> catalogue.coursesITeach()))
                .extracting(CourseCard::title).contains("Taller de prueba");
    }

    @Test
    void a_zip_sent_through_the_upload_is_previewed_and_confirming_imports_it() {
        PackagesView view = open();

        _upload(upload(), "curso.zip", "application/zip", TestPackages.zip(TestPackages.minimal(code)));

        assertThat(textOf(view)).contains("Se creará un curso nuevo con el código «" + code + "»",
                "1 módulo, 1 lección, 1 autoevaluación, 2 preguntas, 1 archivo.");
        assertThat(As.user(trainer, new String[] {"TRAINER"}, () -> imports.findByCode(code))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("package-confirm")));
        assertThat(_get(Anchor.class, spec -> spec.withId("package-imported")).getHref()).startsWith("autoria/cursos/");
        assertThat(As.user(trainer, new String[] {"TRAINER"}, () -> imports.findByCode(code))).isPresent();
    }

    @Test
    void an_upload_that_is_not_a_zip_shows_the_refusal_and_nothing_to_confirm() {
        open();

        _upload(upload(), "curso.zip", "application/zip", "no soy un zip".getBytes(StandardCharsets.UTF_8));

        assertThat(_get(UnorderedList.class, spec -> spec.withId("package-errors")).getElement()
                .getTextRecursively()).contains("El archivo no es un paquete de curso (ZIP con course.yaml), un IMS "
                + "Common Cartridge (.imscc) ni un archivo de preguntas GIFT, Aiken o Moodle XML.");
        assertThat(_get(Button.class, spec -> spec.withId("package-confirm")).isEnabled()).isFalse();
    }

    @Test
    void a_broken_zip_is_still_refused_as_not_a_valid_zip() {
        open();
        byte[] broken = "PK\u0003\u0004 cortado".getBytes(StandardCharsets.ISO_8859_1);

        _upload(upload(), "curso.zip", "application/zip", broken);

        assertThat(_get(UnorderedList.class, spec -> spec.withId("package-errors")).getElement()
                .getTextRecursively()).contains("El archivo no es un ZIP válido.");
        assertThat(_get(Button.class, spec -> spec.withId("package-confirm")).isEnabled()).isFalse();
    }

    @Test
    void a_cartridge_is_told_from_its_bytes_whatever_its_name_and_previewed() {
        PackagesView view = open();
        byte[] cartridge = readFixture("/interchange/cc/latex.imscc");

        _upload(upload(), "descarga.bin", "application/octet-stream", cartridge);

        assertThat(textOf(view)).contains("1 módulo, 2 lecciones, 0 autoevaluaciones, 0 preguntas");
        assertThat(_get(Button.class, spec -> spec.withId("package-confirm")).isEnabled()).isTrue();
    }

    @Test
    void a_gift_file_sent_as_a_package_is_pointed_to_the_course_bank_import() {
        open();

        _upload(upload(), "preguntas.zip", "application/zip",
                "::P1::¿La casa de cultura abre en domingo? {T}\n".getBytes(StandardCharsets.UTF_8));

        assertThat(_get(UnorderedList.class, spec -> spec.withId("package-errors")).getElement()
                .getTextRecursively()).contains("Es un archivo de preguntas GIFT: impórtalo al banco de un curso");
        assertThat(_get(Button.class, spec -> spec.withId("package-confirm")).isEnabled()).isFalse();
    }

    @Test
    void the_version_learners_see_can_be_exported_as_a_common_cartridge() throws IOException {
        long id = As.user(trainer, new String[] {"TRAINER"}, () -> packages.importPackage(
                PackageFiles.of(TestPackages.minimal(code)), ImportOptions.published())).courseId();
        open();

        Anchor cartridge = _get(Anchor.class, spec -> spec.withId("export-cartridge-" + id));

        assertThat(cartridge.getText()).isEqualTo("Exportar como IMS Common Cartridge");
        byte[] zip = _download(cartridge);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
            assertThat(names).contains("imsmanifest.xml", "pages/l1.html", "quizzes/q1.xml");
        }
    }

    private static byte[] readFixture(String path) {
        try (var in = PackagesViewTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void ticking_publish_previews_the_uploaded_package_again_with_the_publish_checks() {
        PackagesView view = open();
        Map<String, byte[]> blank = new LinkedHashMap<>(TestPackages.minimal(code));
        blank.put("lessons/l1.md", "  \n".getBytes(StandardCharsets.UTF_8));
        _upload(upload(), "curso.zip", "application/zip", TestPackages.zip(blank));
        assertThat(_get(Button.class, spec -> spec.withId("package-confirm")).isEnabled()).isTrue();

        _setValue(_get(Checkbox.class, spec -> spec.withId("package-publish")), true);

        assertThat(_get(UnorderedList.class, spec -> spec.withId("package-errors")).getElement()
                .getTextRecursively()).contains("course.yaml — No se puede publicar: la lección «Primera lección» "
                + "está vacía.");
        assertThat(_get(Button.class, spec -> spec.withId("package-confirm")).isEnabled()).isFalse();
        _setValue(_get(Checkbox.class, spec -> spec.withId("package-publish")), false);
        assertThat(_find(UnorderedList.class, spec -> spec.withId("package-errors"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("package-confirm")).isEnabled()).isTrue();
        assertThat(textOf(view)).contains("Se creará un curso nuevo");
    }

    @Test
    void any_published_version_can_be_picked_and_exported() throws IOException {
        long id = As.user(trainer, new String[] {"TRAINER"}, () -> packages.importPackage(
                PackageFiles.of(TestPackages.minimal(code)), ImportOptions.published())).courseId();
        Map<String, byte[]> second = new LinkedHashMap<>(TestPackages.minimal(code));
        second.put("lessons/l1.md", "# Segunda versión\n".getBytes(StandardCharsets.UTF_8));
        As.user(trainer, new String[] {"TRAINER"}, () -> packages.importPackage(PackageFiles.of(second),
                ImportOptions.published()));
        open();

        @SuppressWarnings("unchecked")
        Select<VersionInfo> picker = _get(Select.class, spec -> spec.withId("export-version-select-" + id));
        Anchor download = _get(Anchor.class, spec -> spec.withId("export-version-" + id));

        assertThat(picker.getListDataView().getItems().map(VersionInfo::number)).containsExactly(2, 1);
        assertThat(lesson(_download(download))).isEqualTo("# Segunda versión\n");
        _setValue(picker, picker.getListDataView().getItem(1));
        assertThat(lesson(_download(download))).isEqualTo(
                "# Hola\n\nDescarga la [plantilla](media/plantilla.pdf).\n");
    }

    @Test
    void archived_courses_leave_the_export_list_but_can_still_be_exported_from_the_archive() throws IOException {
        long mine = As.user(trainer, new String[] {"TRAINER"}, () -> packages.importPackage(
                PackageFiles.of(TestPackages.minimal(code)), ImportOptions.published())).courseId();
        As.user(trainer, new String[] {"TRAINER"}, () -> publishing.archive(new CourseId(mine)));
        String other = People.uniqueUsername("otra-archivo");
        People.create(accounts, other, Role.TRAINER);
        long theirs = As.user(other, new String[] {"TRAINER"}, () -> packages.importPackage(
                PackageFiles.of(TestPackages.minimal(code + "-b")), ImportOptions.published())).courseId();
        As.user(other, new String[] {"TRAINER"}, () -> publishing.archive(new CourseId(theirs)));
        open();

        Div archive = _get(Div.class, spec -> spec.withId("package-archived"));
        assertThat(textOf(_get(PackagesView.class))).contains("Cursos archivados");
        assertThat(_find(archive, Anchor.class, spec -> spec.withId("export-draft-" + mine))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("export-draft-" + mine))).as("only in the archive")
                .hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("export-draft-" + theirs))).isEmpty();
        assertThat(lesson(_download(_get(archive, Anchor.class, spec -> spec.withId("export-draft-" + mine)))))
                .isEqualTo("# Hola\n\nDescarga la [plantilla](media/plantilla.pdf).\n");
        assertThat(As.user(trainer, new String[] {"TRAINER"}, () -> catalogue.archivedCoursesITeach()))
                .extracting(c -> c.id().value()).containsExactly(mine);
        assertThat(As.user(trainer, new String[] {"TRAINER"}, () -> catalogue.coursesITeach()))
                .extracting(c -> c.id().value()).doesNotContain(mine);
        assertThat(As.admin(() -> catalogue.archivedCoursesITeach())).extracting(c -> c.id().value())
                .contains(mine, theirs);
    }

    private static Upload upload() {
        return _get(Upload.class, spec -> spec.withId("package-upload"));
    }

    /** The lesson of an exported package. */
    private static String lesson(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().startsWith("lessons/")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No lesson in the package");
    }

    @Test
    void the_help_names_every_accepted_format_and_counts_speak_singular_in_spanish() {
        String help = textOf(open());

        assertThat(help).contains("paralelo-course/1", "IMS Common Cartridge", "GIFT", "Moodle XML", "Aiken",
                "por el contenido del archivo");
    }

    @Test
    void in_english_the_help_names_every_format_and_one_of_each_is_singular() {
        useLanguage(org.paralelo.base.Languages.ENGLISH);
        PackagesView view = open();
        PackageFiles files = PackageFiles.of(TestPackages.minimal(code));

        view.showPreview(files, packages.preview(files, ImportOptions.asDraft()));

        assertThat(textOf(view)).contains("paralelo-course/1", "IMS Common Cartridge", "GIFT", "Moodle XML", "Aiken",
                "told from the file contents");
        assertThat(_get(view, Div.class, spec -> spec.withId("package-report")).getElement().getTextRecursively())
                .contains("1 module, 1 lesson, 1 quiz, 2 questions, 1 file.");
    }

    private static String textOf(PackagesView view) {
        return view.getElement().getTextRecursively();
    }
}
