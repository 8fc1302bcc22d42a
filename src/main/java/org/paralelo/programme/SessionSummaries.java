package org.paralelo.programme;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.paralelo.programme.domain.ProgrammeSession;

/** Sessions as screens show them, each facilitator's name looked up once. */
final class SessionSummaries {

    private SessionSummaries() {
    }

    static List<SessionSummary> of(List<ProgrammeSession> list, PersonDirectory directory) {
        Map<Long, PersonRef> names = new HashMap<>();
        list.forEach(s -> s.getFacilitatorIds().forEach(id -> names.computeIfAbsent(id, key -> directory
                .displayName(new PersonId(key)).map(n -> new PersonRef(new PersonId(key), n, "")).orElse(null))));
        return list.stream().map(s -> new SessionSummary(new SessionId(s.getId()),
                s.isOfSeries() ? null : new RunId(s.getRunId()),
                s.getTitle(), s.getKind(), s.getStarts(), s.getEnds(), s.getVenueName(), s.getVenueAddress(),
                s.getVenueMunicipality(), s.getVenueState(), s.getCapacity(),
                s.getFacilitatorIds().stream().map(names::get).filter(Objects::nonNull)
                        .sorted(Comparator.comparing(PersonRef::fullName)).toList(),
                s.getAgenda(), s.getClosesHours(), s.getCancelledAt(), s.getVersion(),
                s.isOfSeries() ? new SeriesId(Objects.requireNonNull(s.getSeriesId())) : null)).toList();
    }
}
