package org.paralelo.backup;

import org.paralelo.base.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled backup, by default every night at 02:30 in the programme's time zone ({@code paralelo.backup.cron},
 * {@code -} for none). With several app nodes, leave it on for one of them.
 */
@Component
class BackupSchedule {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final BackupService backups;

    BackupSchedule(BackupService backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${paralelo.backup.cron}", zone = "America/Mexico_City")
    @SchedulerLock(name = "scheduled-backup", lockAtMostFor = "PT6H", lockAtLeastFor = "PT5M")
    void backUp() {
        try {
            SystemTask.call(backups::backupNow);
        } catch (BackupRefusedException e) {
            log.warn("Scheduled backup not written: {}", e.messageKey());
        }
    }
}
