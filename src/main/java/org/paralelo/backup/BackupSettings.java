package org.paralelo.backup;

/**
 * How backups are configured: the folder archives go to, how many are kept, and the schedule (a Spring cron
 * expression in the programme's time zone; {@code "-"} when scheduled backups are off).
 */
public record BackupSettings(String directory, int keep, String cron) {

    public boolean scheduled() {
        return !"-".equals(cron) && !cron.isBlank();
    }
}
