package org.paralelo.people;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.paralelo.people.domain.AuditEntry;
import org.paralelo.people.domain.AuditEntryRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log: who did what, to what, when and from where. Modules record what their callers do (package
 * imports and exports); sign-ins are recorded by the sign-in itself. Admins read and filter it; entries older
 * than {@code paralelo.audit.retention} are deleted daily.
 */
@Service
@Transactional
public class AuditService {

    private final AuditEntryRepository entries;
    private final Clock clock;
    private final Duration retention;

    AuditService(AuditEntryRepository entries, Clock clock,
                 @Value("${paralelo.audit.retention:365d}") Duration retention) {
        this.entries = entries;
        this.clock = clock;
        this.retention = retention;
    }

    /** Records something the signed-in caller did, with the address of the current request if there is one. */
    @PreAuthorize("isAuthenticated()")
    public void record(AuditAction action, String subject) {
        String who = Caller.authentication().map(Authentication::getName).orElse("");
        entries.save(new AuditEntry(clock.instant(), who, action, subject, currentSource()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntryView> search(AuditFilter filter, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 500));
        return entries.search(filter.action(), actor(filter), filter.from(), filter.to(),
                        PageRequest.of(Math.max(0, offset) / size, size)).stream()
                .map(e -> new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(),
                        e.getSubject(), e.getSource())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(AuditFilter filter) {
        return entries.count(filter.action(), actor(filter), filter.from(), filter.to());
    }

    /** Deletes what is older than the retention; also run daily. Answers how many entries went. */
    @PreAuthorize("hasRole('ADMIN')")
    public int deleteExpired() {
        return entries.deleteOlderThan(clock.instant().minus(retention));
    }

    @Scheduled(cron = "${paralelo.audit.cleanup-cron:0 30 3 * * *}")
    @SchedulerLock(name = "audit-cleanup", lockAtLeastFor = "PT5M")
    void deleteExpiredDaily() {
        entries.deleteOlderThan(clock.instant().minus(retention));
    }

    private static String actor(AuditFilter filter) {
        return filter.actor().strip().toLowerCase(Locale.ROOT);
    }

    /** The client's address as the servlet container sees it (behind a trusted proxy: the forwarded one). */
    private static String currentSource() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? sourceOf(servlet.getRequest()) : "";
    }

    private static String sourceOf(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? "" : address;
    }
}
