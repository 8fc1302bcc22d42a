package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.paralelo.support.BrowserTest;

/**
 * The administrator moves data from the browser: backs up and sees it finish and the archive listed, and previews a
 * real Canvas cartridge on "Paquetes de cursos"; in Spanish and English.
 */
class BackupJourneyTest extends BrowserTest {

    /** A real Canvas export with three quizzes (instructure/common-cartridge-viewer, MIT; see its SOURCES.md). */
    private static final Path CARTRIDGE = Path.of("src/test/resources/interchange/cc/canvas-quizzes.imscc");

    @Test
    void an_admin_backs_up_now_and_finds_the_archive_listed_in_spanish_and_english() {
        LoginPage.open(this).signInAsAdmin("admin", "admin-test-password-1");
        BackupsPage backups = BackupsPage.open(this);
        assertThat(backups.heading()).isEqualTo("Respaldos");

        backups = backups.backUpNow("Último respaldo: paralelo-backup-");
        assertThat(backups.archivesListed()).isPositive();
        screenshotsAtBothWidths("backups-es");

        backups = backups.inLanguage("English", "Backups");
        try {
            assertThat(backups.state()).startsWith("Last backup: paralelo-backup-");
            screenshotsAtBothWidths("backups-en");
            assertThat(cspViolations()).as("violations on the backups screen").isEmpty();
        } finally {
            // The administrator account is shared by the journeys, and its language choice is saved: give it back.
            backups.inLanguage("Español", "Respaldos");
        }
    }

    @Test
    void an_admin_previews_a_real_canvas_cartridge_on_the_packages_page_in_spanish_and_english() {
        LoginPage.open(this).signInAsAdmin("admin", "admin-test-password-1");
        PackagesPage packages = PackagesPage.open(this);
        assertThat(packages.heading()).isEqualTo("Paquetes de cursos");

        packages = packages.preview(CARTRIDGE);
        assertThat(packages.report()).contains("Formato leído: IMS Common Cartridge 1.3.0")
                .anySatisfy(line -> assertThat(line).startsWith("1 módulo, 0 lecciones, 3 autoevaluaciones, 6 preguntas"));
        screenshotsAtBothWidths("packages-cartridge-preview-es");

        packages = packages.inLanguage("English", "Course packages");
        try {
            packages = packages.preview(CARTRIDGE);
            assertThat(packages.report()).contains("Format read: IMS Common Cartridge 1.3.0")
                    .anySatisfy(line -> assertThat(line).startsWith("1 module, 0 lessons, 3 quizzes, 6 questions"));
            screenshotsAtBothWidths("packages-cartridge-preview-en");
            assertThat(cspViolations()).as("violations on the packages screen").isEmpty();
        } finally {
            // The administrator account is shared by the journeys, and its language choice is saved: give it back.
            packages.inLanguage("Español", "Paquetes de cursos");
        }
    }
}
