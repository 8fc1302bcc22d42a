package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paralelo.support.BrowserTest;

/** The administrator backs up from the browser, sees it finish and the archive listed; in Spanish and English. */
class BackupJourneyTest extends BrowserTest {

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
}
