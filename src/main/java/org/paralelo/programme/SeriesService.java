package org.paralelo.programme;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paralelo.base.InputChecks;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.paralelo.people.ProfileService;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.programme.domain.Agreement;
import org.paralelo.programme.domain.AgreementRepository;
import org.paralelo.programme.domain.ProgrammeSessionRepository;
import org.paralelo.programme.domain.Series;
import org.paralelo.programme.domain.SeriesRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Debate-workshop series: programmes that are not a course run. Trainers and admins create them and become their
 * organisers; organisers manage them; participants and the coordinators of their regions read their minutes,
 * organisations and agreements. Name, description and sessions are open to anyone signed in with the link, so
 * the people invited can register (which makes them participants). Sessions are
 * planned through {@link SessionService#createInSeries}, organisations through {@link OrganisationService},
 * minutes and agreements through {@link DebateRecordService}.
 */
@Service
@Transactional
public class SeriesService {

    private final SeriesRepository series;
    private final ProgrammeSessionRepository sessions;
    private final AgreementRepository agreements;
    private final SeriesAccess access;
    private final RegionService regions;
    private final PersonDirectory directory;
    private final ProfileService profiles;
    private final Clock clock;

    SeriesService(SeriesRepository series, ProgrammeSessionRepository sessions, AgreementRepository agreements,
                  SeriesAccess access, RegionService regions, PersonDirectory directory, ProfileService profiles,
                  Clock clock) {
        this.series = series;
        this.sessions = sessions;
        this.agreements = agreements;
        this.access = access;
        this.regions = regions;
        this.directory = directory;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** A new series; the person creating it is always one of its organisers. */
    @PreAuthorize("@seriesAccess.canCreate()")
    public SeriesId create(SeriesDraft draft) {
        check(draft);
        long me = profiles.myId().map(PersonId::value).orElseThrow();
        Series created = new Series(me, clock.instant());
        apply(created, draft, me);
        return new SeriesId(series.saveAndFlush(created).getId());
    }

    @PreAuthorize("@seriesAccess.canManage(#id)")
    public void update(SeriesId id, SeriesDraft draft, long version) {
        Series found = find(id);
        StaleDataException.check(version, found.getVersion());
        check(draft);
        apply(found, draft, found.getCreatedBy());
        series.saveAndFlush(found);
    }

    /** The series the caller may read, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SeriesSummary> visible() {
        List<Series> readable = series.findAllByOrderByNameAsc().stream()
                .filter(s -> access.canRead(new SeriesId(s.getId()))).toList();
        return summaries(readable);
    }

    /** A series' name, description and sessions are open to every signed-in person with its link, to register. */
    @Transactional(readOnly = true)
    @PreAuthorize("@seriesAccess.canSee(#id)")
    public SeriesSummary series(SeriesId id) {
        return summaries(List.of(find(id))).getFirst();
    }

    /** The series' sessions in time order, cancelled ones included. */
    @Transactional(readOnly = true)
    @PreAuthorize("@seriesAccess.canSee(#id)")
    public List<SessionSummary> sessions(SeriesId id) {
        return SessionSummaries.of(sessions.findBySeriesIdOrderByStartsAtAsc(id.value()), directory);
    }

    /** Whether the caller manages the series (for screens deciding what to offer). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean canManage(SeriesId id) {
        return access.canManage(id);
    }

    /** Whether the caller reads the series' minutes, organisations and agreements. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean canRead(SeriesId id) {
        return access.canRead(id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean canCreate() {
        return access.canCreate();
    }

    private void check(SeriesDraft draft) {
        Set<Long> known = regions.list().stream().map(RegionView::id).collect(Collectors.toSet());
        new InputChecks().text(draft.name(), "name", Series.MAX_NAME)
                .optionalText(draft.description(), "description", Series.MAX_DESCRIPTION)
                .optionalText(draft.municipality(), "municipality", Series.MAX_MUNICIPALITY)
                .require(known.containsAll(draft.regionIds()), "regions", "error.programme.region-unknown")
                .require(draft.organisers().stream().allMatch(p -> directory.isStaff(p)), "organisers",
                        "error.programme.series.organiser-not-staff")
                .throwIfAny();
    }

    private static void apply(Series target, SeriesDraft draft, long creator) {
        target.describe(draft.name(), Objects.requireNonNullElse(draft.description(), ""),
                Objects.requireNonNullElse(draft.municipality(), ""), draft.state());
        target.setRegionIds(draft.regionIds());
        Set<Long> organisers = new LinkedHashSet<>();
        organisers.add(creator);
        draft.organisers().forEach(p -> organisers.add(p.value()));
        target.setOrganiserIds(organisers);
    }

    private Series find(SeriesId id) {
        return series.findById(id.value())
                .orElseThrow(() -> new UserFacingException("error.programme.series-unknown"));
    }

    private List<SeriesSummary> summaries(List<Series> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, RegionView> regionsById = regions.list().stream()
                .collect(Collectors.toMap(RegionView::id, Function.identity()));
        Map<PersonId, PersonRef> names = directory.refs(list.stream().flatMap(s -> s.getOrganiserIds().stream())
                .map(PersonId::new).collect(Collectors.toSet()));
        return list.stream().map(s -> new SeriesSummary(new SeriesId(s.getId()), s.getName(), s.getDescription(),
                s.getMunicipality(), s.getState(), s.getRegionIds().stream().map(regionsById::get)
                        .filter(Objects::nonNull).toList(),
                s.getOrganiserIds().stream().map(id -> names.get(new PersonId(id))).filter(Objects::nonNull)
                        .toList(),
                sessions.findBySeriesIdOrderByStartsAtAsc(s.getId()).size(), s.getOrganisationIds().size(),
                (int) agreements.findBySeriesId(s.getId()).stream().map(Agreement::getStatus)
                        .filter(AgreementStatus::pending).count(), s.getVersion())).toList();
    }
}
