package org.paralelo.people.security;

import java.time.Clock;
import org.paralelo.people.AuditAction;
import org.paralelo.people.domain.AuditEntry;
import org.paralelo.people.domain.AuditEntryRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes each checked sign-in to the audit log, with the name as typed and the source address. */
@Component
class SignInAudit {

    private final AuditEntryRepository entries;
    private final Clock clock;

    SignInAudit(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional
    public void record(boolean succeeded, String accountName, String source) {
        entries.save(new AuditEntry(clock.instant(), accountName,
                succeeded ? AuditAction.SIGN_IN_SUCCEEDED : AuditAction.SIGN_IN_FAILED, "", source));
    }
}
