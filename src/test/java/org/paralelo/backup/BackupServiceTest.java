package org.paralelo.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AuditAction;
import org.paralelo.people.AuditEntryView;
import org.paralelo.people.AuditFilter;
import org.paralelo.people.AuditService;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Who may back up and download (admins only), which files can be opened, and how many archives are kept. */
@ParaleloSpringTest
@Tag("persistence")
class BackupServiceTest {

    @Autowired
    private BackupService backups;
    @Autowired
    private AuditService audit;

    @Test
    void only_admins_may_back_up_list_download_or_read_the_settings() {
        List<Supplier<?>> actions = List.of(backups::start, backups::backupNow, backups::status, backups::settings,
                backups::archives, () -> backups.open("paralelo-backup-20260101-000000.zip"));
        for (String role : new String[] {"TRAINER", "LEARNER"}) {
            for (Supplier<?> action : actions) {
                assertThatThrownBy(() -> As.user("curiosa", new String[] {role}, action))
                        .as(role).isInstanceOf(AccessDeniedException.class);
            }
        }
        for (Supplier<?> action : actions) {
            assertThatThrownBy(() -> As.anonymous(action)).isInstanceOfAny(AccessDeniedException.class,
                    AuthenticationCredentialsNotFoundException.class);
        }
    }

    @Test
    void backups_taken_now_or_in_the_background_appear_in_the_audit_log_under_who_asked() throws Exception {
        String now = As.admin(backups::backupNow).name();
        As.user("respaldista", new String[] {"ADMIN"}, backups::start);
        while (As.admin(backups::status).running()) {
            Thread.sleep(200);
        }
        String background = As.admin(backups::status).lastArchive();

        assertThat(taken("admin")).contains(now);
        assertThat(taken("respaldista")).containsExactly(background);
    }

    private List<String> taken(String actor) {
        return As.admin(() -> audit.search(new AuditFilter(AuditAction.BACKUP_TAKEN, actor, null, null), 0, 50))
                .stream().map(AuditEntryView::subject).toList();
    }

    @Test
    void only_archives_of_the_backup_folder_can_be_opened() {
        for (String name : new String[] {"../db/paralelo.mv.db", "/etc/passwd", "paralelo-backup-1.zip",
                "paralelo-backup-20260101-000000.zip/../../x", "paralelo-backup-20990101-000000.zip"}) {
            assertThatThrownBy(() -> As.admin(() -> backups.open(name))).as(name)
                    .isInstanceOfSatisfying(BackupRefusedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("backup.refused.not-found"));
        }
    }

    @Test
    void the_newest_archives_are_kept_and_older_ones_deleted() {
        int keep = As.admin(backups::settings).keep();
        List<String> written = new java.util.ArrayList<>();
        for (int i = 0; i <= keep; i++) {
            written.add(As.admin(backups::backupNow).name());
        }
        List<String> listed = As.admin(backups::archives).stream().map(ArchiveInfo::name).toList();
        assertThat(listed).hasSize(keep).containsAll(written.subList(1, written.size()))
                .doesNotContain(written.getFirst());
        assertThat(As.admin(backups::status).lastArchive()).isEqualTo(written.getLast());
    }
}
