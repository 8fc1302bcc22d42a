package org.paralelo.people;

/** What the audit log records. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    ROLES_CHANGED,
    PACKAGE_IMPORTED,
    PACKAGE_EXPORTED,
    REPORT_EXPORTED,
    QUESTIONS_IMPORTED,
    BACKUP_TAKEN,
    BACKUP_RESTORED,
    TARGET_CHANGED,
    PARTICIPANTS_IMPORTED,
    /** An agreement of a debate series was reworded, given to someone else or given another due date. */
    AGREEMENT_CHANGED;

    public String messageKey() {
        return "audit.action." + name();
    }
}
