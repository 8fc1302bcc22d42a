package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paralelo.support.BrowserTest;
import org.paralelo.support.People;

/**
 * An admin imports participants: uploads a CSV with errors, reads them with line and column, fixes the file,
 * imports it and downloads the activation links; then, in English, uploads the same file again and nothing
 * changes. Screenshots at desktop width and 360 px in both languages.
 */
class ParticipantImportJourneyTest extends BrowserTest {

    @TempDir
    Path files;

    @Test
    void an_admin_imports_a_csv_with_errors_fixes_it_imports_and_downloads_the_activation_links() throws IOException {
        String run = People.uniqueUsername("viaje");
        String header = "Nombre;Correo;Estado;Municipio\r\n";
        String ana = "Ana López " + run + ";ana." + run + "@ejemplo.mx;Oaxaca;Teotitlán del Valle\r\n";
        Path withErrors = write("participantes.csv", header + ana
                + "Beto Ruiz " + run + ";beto-sin-arroba;Atlántida;Tlaxco\r\n"
                + ";carla." + run + "@ejemplo.mx;Puebla;Cholula\r\n");
        Path fixed = write("participantes-corregido.csv", header + ana
                + "Beto Ruiz " + run + ";beto." + run + "@ejemplo.mx;Tlaxcala;Tlaxco\r\n"
                + "Carla Díaz " + run + ";carla." + run + "@ejemplo.mx;Puebla;Cholula\r\n");

        LoginPage.open(this).signInAsAdmin("admin", "admin-test-password-1");
        ParticipantImportPage page = ParticipantImportPage.open(this);
        assertThat(page.heading()).isEqualTo("Importar participantes");

        page.upload(withErrors);
        screenshotsAtBothWidths("import-mapping-es");
        assertThat(page.preview()).isEqualTo("Crear: 1 · Actualizar: 0 · Sin cambios: 0 · Con errores: 2");
        assertThat(page.gridText())
                .contains("Línea 3, columna B (Correo): «beto-sin-arroba» no es una dirección de correo válida")
                .contains("Línea 3, columna C (Estado): «Atlántida» no es un estado de México")
                .contains("Línea 4, columna A (Nombre): falta este dato obligatorio");
        page.scrollTo("import-preview-panel");
        screenshotsAtBothWidths("import-preview-errors-es");

        page.upload(fixed);
        assertThat(page.preview()).isEqualTo("Crear: 3 · Actualizar: 0 · Sin cambios: 0 · Con errores: 0");
        assertThat(page.confirm()).isEqualTo(
                "Importación terminada: 3 cuentas nuevas, 0 actualizadas, 0 sin cambios, 0 filas con errores omitidas.");
        screenshotsAtBothWidths("import-done-es");
        String links = page.downloadLinks();
        assertThat(links).startsWith("\uFEFFNombre,Usuario,Enlace de activación,Válido hasta")
                .contains("Ana López " + run).contains("Carla Díaz " + run).contains("/activar/");
        assertThat(links.lines()).hasSize(4);

        page = ParticipantImportPage.open(this).inLanguage("English", "Import participants");
        try {
            page.upload(fixed);
            assertThat(page.preview()).isEqualTo("Create: 0 · Update: 0 · Unchanged: 3 · With errors: 0");
            page.scrollTo("import-preview-panel");
            screenshotsAtBothWidths("import-preview-unchanged-en");
            assertThat(page.confirm()).isEqualTo(
                    "Import finished: 0 new accounts, 0 updated, 3 unchanged, 0 rows with errors skipped.");
            screenshotsAtBothWidths("import-done-en");
        } finally {
            // The administrator account is shared by the journeys, and its language choice is saved: give it back.
            ParticipantImportPage.open(this).inLanguage("Español", "Importar participantes");
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }
}
