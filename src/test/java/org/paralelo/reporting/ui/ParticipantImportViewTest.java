package org.paralelo.reporting.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.people.AccountService;
import org.paralelo.people.ImportField;
import org.paralelo.people.ImportOutcome;
import org.paralelo.people.ImportRowPreview;
import org.paralelo.people.RegionScope;
import org.paralelo.people.RegionService;
import org.paralelo.support.As;
import org.paralelo.support.Coordinators;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

class ParticipantImportViewTest extends KaribuTest {

    private final String run = People.uniqueUsername("vista");
    @Autowired
    AccountService accounts;
    @Autowired
    RegionService regions;

    private byte[] file(String badEmail) {
        return ("Nombre;Correo;Estado\r\nAna " + run + ";ana." + run + "@ejemplo.mx;Oaxaca\r\n"
                + "Beto " + run + ";" + badEmail + ";Atlántida\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private ParticipantImportView open() {
        signIn("admin", "ADMIN");
        UI.getCurrent().navigate("participantes/importar");
        return _get(ParticipantImportView.class);
    }

    @Test
    void an_admin_uploads_a_file_sees_each_error_with_line_and_column_and_imports_the_valid_rows() {
        ParticipantImportView view = open();
        assertThat(_get(H1.class).getText()).isEqualTo("Importar participantes");

        view.read(file("beto-sin-arroba")).run();
        assertThat(_get(Select.class, spec -> spec.withId("import-column-1")).getValue()).isEqualTo(ImportField.EMAIL);
        _click(_get(Button.class, spec -> spec.withId("import-preview")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("Crear: 1 · Actualizar: 0 · Sin cambios: 0 · Con errores: 1");
        @SuppressWarnings("unchecked")
        Grid<ImportRowPreview> grid = _get(Grid.class, spec -> spec.withId("import-grid"));
        assertThat(_size(grid)).isEqualTo(2);
        ImportRowPreview error = _get(grid, 1);
        assertThat(error.outcome()).isEqualTo(ImportOutcome.ERROR);
        assertThat(grid.getPartNameGenerator().apply(error)).isEqualTo("import-error");
        String problems = com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, 1, "problems");
        assertThat(problems).contains("Línea 3, columna B (Correo): «beto-sin-arroba» no es una dirección de correo")
                .contains("Línea 3, columna C (Estado): «Atlántida» no es un estado de México");

        @SuppressWarnings("unchecked")
        Select<ImportOutcome> filter = _get(Select.class, spec -> spec.withId("import-filter"));
        filter.setValue(ImportOutcome.ERROR);
        assertThat(_size(grid)).isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withId("import-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-done")).getText())
                .isEqualTo("Importación terminada: 1 cuentas nuevas, 0 actualizadas, 0 sin cambios, "
                        + "1 filas con errores omitidas.");
        assertThat(_get(Anchor.class, spec -> spec.withId("import-links")).getText())
                .isEqualTo("Descargar enlaces de activación (CSV)");
    }

    @Test
    void the_fixed_file_imports_the_remaining_row_and_leaves_the_first_unchanged_in_english() {
        ParticipantImportView view = open();
        view.read(file("beto-sin-arroba")).run();
        _click(_get(Button.class, spec -> spec.withId("import-preview")));
        _click(_get(Button.class, spec -> spec.withId("import-confirm")));

        useLanguage(Languages.ENGLISH);
        UI.getCurrent().navigate("participantes/importar");
        view = _get(ParticipantImportView.class);
        view.read(("Nombre;Correo;Estado\r\nAna " + run + ";ana." + run + "@ejemplo.mx;Oaxaca\r\n"
                + "Beto " + run + ";beto." + run + "@ejemplo.mx;Guerrero\r\n").getBytes(StandardCharsets.UTF_8)).run();
        _click(_get(Button.class, spec -> spec.withId("import-preview")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("Create: 1 · Update: 0 · Unchanged: 1 · With errors: 0");
        _click(_get(Button.class, spec -> spec.withId("import-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-done")).getText())
                .isEqualTo("Import finished: 1 new accounts, 0 updated, 1 unchanged, 0 rows with errors skipped.");
    }

    @Test
    void a_file_in_the_wrong_encoding_is_refused_with_a_clear_message_and_no_mapping() {
        ParticipantImportView view = open();

        view.read("Nombre,Correo\nMaría Peña,maria@ejemplo.mx\n".getBytes(StandardCharsets.ISO_8859_1)).run();

        NotificationsKt.expectNotifications("El archivo no está en UTF-8. En Excel, guárdalo como «CSV UTF-8 "
                + "(delimitado por comas)» o súbelo como XLSX.");
        assertThat(_find(Button.class, spec -> spec.withId("import-preview"))).isEmpty();
    }

    @Test
    void a_mapping_without_an_email_column_is_refused_with_a_message() {
        ParticipantImportView view = open();
        view.read(file("x")).run();
        _get(Select.class, spec -> spec.withId("import-column-1")).setValue(null);

        _click(_get(Button.class, spec -> spec.withId("import-preview")));

        NotificationsKt.expectNotifications("Asigna una columna al nombre y otra al correo electrónico.");
        assertThat(_find(Grid.class, spec -> spec.withId("import-grid"))).isEmpty();
    }

    @Test
    void the_upload_box_speaks_the_persons_language_in_spanish_and_english() {
        open();
        assertThat(_get(Upload.class).getI18n().getDropFiles().getOne()).isEqualTo("o suelta el archivo aquí");
        assertThat(_get(Upload.class).getI18n().getError().getIncorrectFileType())
                .isEqualTo("Este tipo de archivo no se acepta aquí.");

        UI.getCurrent().navigate("informes/metas");
        useLanguage(Languages.ENGLISH);
        UI.getCurrent().navigate("participantes/importar");
        assertThat(_get(Upload.class).getI18n().getDropFiles().getOne()).isEqualTo("or drop the file here");
    }

    @Test
    void a_coordinator_imports_on_the_same_screen_and_a_row_of_another_region_is_shown_as_an_error() {
        long mine = As.admin(() -> regions.create("Región propia " + run)).id();
        String coordinator = Coordinators.coordinator(accounts, RegionScope.of(Set.of(mine)));
        signIn(coordinator, "COORDINATOR");
        UI.getCurrent().navigate("participantes/importar");
        ParticipantImportView view = _get(ParticipantImportView.class);

        view.read(("Nombre;Correo;Región\r\nAna " + run + ";ana." + run + "@ejemplo.mx;Región propia " + run
                + "\r\nBeto " + run + ";beto." + run + "@ejemplo.mx;Sureste\r\n").getBytes(StandardCharsets.UTF_8))
                .run();
        _click(_get(Button.class, spec -> spec.withId("import-preview")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("Crear: 1 · Actualizar: 0 · Sin cambios: 0 · Con errores: 1");
        String problems = com.github.mvysny.kaributesting.v10.GridKt._getFormatted(
                _get(Grid.class, spec -> spec.withId("import-grid")), 1, "problems");
        assertThat(problems).contains("fuera de tus regiones");
    }
}
