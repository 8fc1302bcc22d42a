package org.paralelo.programme;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.people.Caller;
import org.paralelo.people.RegionScope;
import org.paralelo.programme.domain.ProgrammeFiguresStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery figures for reporting: runs, members, attendance and sessions held. Admins get every run; a
 * coordinator the runs offered in at least one of their regions (a run without regions is the admins' only).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
public class DeliveryFiguresService {

    private final ProgrammeFiguresStore store;
    private final Caller caller;

    DeliveryFiguresService(ProgrammeFiguresStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    /** The figures of sessions starting from {@code start} (included) to {@code end} (excluded). */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public DeliveryFigures delivery(Instant start, Instant end) {
        RegionScope scope = caller.regionScope();
        Map<Long, List<Long>> regions = scope.all() ? Map.of() : store.runRegions();
        List<DeliveryFigures.Run> runs = store.runs().stream()
                .filter(r -> scope.all() || regions.getOrDefault(r.id(), List.of()).stream().anyMatch(scope::covers))
                .map(r -> new DeliveryFigures.Run(r.id(), r.name(), r.courseId(), RunMode.valueOf(r.mode())))
                .toList();
        Set<Long> mine = runs.stream().map(DeliveryFigures.Run::runId).collect(Collectors.toSet());
        List<DeliveryFigures.Member> members = store.members().stream().filter(m -> mine.contains(m.runId()))
                .map(m -> new DeliveryFigures.Member(m.runId(), m.courseId(), m.personId())).toList();
        List<DeliveryFigures.Attendance> attendance = store.attendance(start, end).stream()
                .filter(a -> mine.contains(a.runId()))
                .map(a -> new DeliveryFigures.Attendance(a.runId(), a.personId(), a.attended(), a.marked())).toList();
        Map<SessionKind, Integer> held = new EnumMap<>(SessionKind.class);
        Duration time = Duration.ZERO;
        for (ProgrammeFiguresStore.SessionRow session : store.sessions(start, end)) {
            if (mine.contains(session.runId())) {
                held.merge(SessionKind.valueOf(session.kind()), 1, Integer::sum);
                time = time.plusMillis(session.endsAtMillis() - session.startsAtMillis());
            }
        }
        return new DeliveryFigures(runs, members, attendance, held, time);
    }
}
