package org.paralelo.reporting;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.InputChecks;
import org.paralelo.base.StaleDataException;
import org.paralelo.people.AuditAction;
import org.paralelo.people.AuditService;
import org.paralelo.people.Caller;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.reporting.domain.Target;
import org.paralelo.reporting.domain.TargetRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme's targets per audience, overall and per region: admins set them, dashboards read them. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class TargetService {

    /** The largest target accepted. */
    public static final int MAX_TARGET = Target.MAX_TARGET;

    private final TargetRepository targets;
    private final RegionService regions;
    private final AuditService audit;
    private final Caller caller;

    TargetService(TargetRepository targets, RegionService regions, AuditService audit, Caller caller) {
        this.targets = targets;
        this.regions = regions;
        this.audit = audit;
        this.caller = caller;
    }

    /** Whether the caller may change targets (admins): the dashboard shows its link to the targets screen. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean canEdit() {
        return caller.isAdmin();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<TargetView> targets() {
        return targets.findAll().stream().map(TargetService::view).toList();
    }

    /**
     * Sets (or, with {@code null}, removes) the target of an audience overall or in one region. {@code version} is
     * the one read, or -1 for a target that did not exist; a change made meanwhile by someone else is refused.
     * Every change is written to the audit log with the value before and after.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void set(Audience audience, @Nullable Long regionId, @Nullable Integer target, long version) {
        new InputChecks().require(target == null || target >= 0 && target <= Target.MAX_TARGET, "target",
                        "error.reporting.target-range", Target.MAX_TARGET)
                .require(regionId == null || regions.list().stream().map(RegionView::id).anyMatch(regionId::equals),
                        "region", "error.region-not-found")
                .throwIfAny();
        Optional<Target> current = targets.findAll().stream()
                .filter(t -> t.getAudience().equals(audience.name()) && Objects.equals(t.getRegionId(), regionId))
                .findFirst();
        StaleDataException.check(version, current.map(Target::getVersion).orElse(-1L));
        Integer before = current.map(Target::getTarget).orElse(null);
        if (Objects.equals(before, target)) {
            return;
        }
        audit.record(AuditAction.TARGET_CHANGED, audience.name() + " " + (regionId == null ? "programme"
                : "region=" + regionId) + " " + (before == null ? "-" : before) + " -> "
                + (target == null ? "-" : target));
        if (target == null) {
            current.ifPresent(targets::delete);
        } else {
            Target row = current.orElseGet(() -> new Target(audience.name(), regionId, target));
            row.setTarget(target);
            targets.saveAndFlush(row);
        }
    }

    private static TargetView view(Target t) {
        return new TargetView(Audience.valueOf(t.getAudience()), t.getRegionId(), t.getTarget(), t.getVersion());
    }
}
