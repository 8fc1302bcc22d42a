package org.paralelo.programme;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.paralelo.base.InputChecks;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.programme.domain.Organisation;
import org.paralelo.programme.domain.OrganisationRepository;
import org.paralelo.programme.domain.ProgrammeSession;
import org.paralelo.programme.domain.ProgrammeSessionRepository;
import org.paralelo.programme.domain.Series;
import org.paralelo.programme.domain.SeriesRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations (neighbourhood councils, collectives, associations, municipal offices) that take part in debate
 * series, and which of them were present at a series session. Trainers and admins keep the shared list; a
 * series' organisers choose who takes part and mark who came; those who read the series read its organisations.
 */
@Service
@Transactional
public class OrganisationService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+() .-]{7,40}$");

    private final OrganisationRepository organisations;
    private final SeriesRepository series;
    private final ProgrammeSessionRepository sessions;

    OrganisationService(OrganisationRepository organisations, SeriesRepository series,
                        ProgrammeSessionRepository sessions) {
        this.organisations = organisations;
        this.series = series;
        this.sessions = sessions;
    }

    @PreAuthorize("@seriesAccess.canCreate()")
    public OrganisationId create(OrganisationDraft draft) {
        check(draft);
        Organisation created = new Organisation();
        apply(created, draft);
        return new OrganisationId(organisations.saveAndFlush(created).getId());
    }

    @PreAuthorize("@seriesAccess.canCreate()")
    public void update(OrganisationId id, OrganisationDraft draft, long version) {
        Organisation found = find(id);
        StaleDataException.check(version, found.getVersion());
        check(draft);
        apply(found, draft);
        organisations.saveAndFlush(found);
    }

    /** Every organisation, by name: the list organisers choose from. */
    @Transactional(readOnly = true)
    @PreAuthorize("@seriesAccess.canCreate()")
    public List<OrganisationView> all() {
        return organisations.findAllByOrderByNameAsc().stream().map(OrganisationService::view).toList();
    }

    @PreAuthorize("@seriesAccess.canManage(#series)")
    public void join(SeriesId series, OrganisationId organisation) {
        find(organisation);
        Series found = findSeries(series);
        if (found.addOrganisation(organisation.value())) {
            this.series.saveAndFlush(found);
        }
    }

    @PreAuthorize("@seriesAccess.canManage(#series)")
    public void leave(SeriesId series, OrganisationId organisation) {
        Series found = findSeries(series);
        if (found.removeOrganisation(organisation.value())) {
            this.series.saveAndFlush(found);
        }
    }

    /** The organisations taking part in the series, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("@seriesAccess.canRead(#series)")
    public List<OrganisationView> of(SeriesId series) {
        return organisations.findAllById(findSeries(series).getOrganisationIds()).stream()
                .sorted(Comparator.comparing(Organisation::getName)).map(OrganisationService::view).toList();
    }

    /** Marks which of the series' organisations were present at one of its sessions (the whole set at once). */
    @PreAuthorize("@seriesAccess.canManageSession(#session)")
    public void markPresent(SessionId session, Set<OrganisationId> present) {
        ProgrammeSession found = sessions.findById(session.value()).orElseThrow();
        Set<Long> members = findSeries(new SeriesId(Objects.requireNonNull(found.getSeriesId())))
                .getOrganisationIds();
        Set<Long> ids = present.stream().map(OrganisationId::value).collect(Collectors.toSet());
        if (!members.containsAll(ids)) {
            throw new UserFacingException("error.programme.organisation.not-in-series");
        }
        found.setOrganisationsPresent(ids);
        sessions.saveAndFlush(found);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@seriesAccess.canReadSession(#session)")
    public Set<OrganisationId> present(SessionId session) {
        return sessions.findById(session.value()).orElseThrow().getOrganisationsPresent().stream()
                .map(OrganisationId::new).collect(Collectors.toSet());
    }

    private static void check(OrganisationDraft draft) {
        String email = Objects.requireNonNullElse(draft.contactEmail(), "").strip();
        String phone = Objects.requireNonNullElse(draft.contactPhone(), "").strip();
        new InputChecks().text(draft.name(), "name", Organisation.MAX_NAME)
                .require(draft.kind() != null, "kind", "error.required")
                .text(draft.municipality(), "municipality", Organisation.MAX_MUNICIPALITY)
                .require(draft.state() != null, "state", "error.required")
                .optionalText(draft.contactName(), "contactName", Organisation.MAX_CONTACT)
                .optionalText(email, "contactEmail", Organisation.MAX_EMAIL)
                .require(email.isEmpty() || EMAIL.matcher(email).matches(), "contactEmail", "error.email-format")
                .require(phone.isEmpty() || PHONE.matcher(phone).matches(), "contactPhone",
                        "error.programme.organisation.phone-format")
                .throwIfAny();
    }

    private static void apply(Organisation target, OrganisationDraft draft) {
        target.describe(draft.name(), draft.kind(), draft.municipality(), draft.state());
        target.setContact(Objects.requireNonNullElse(draft.contactName(), ""),
                Objects.requireNonNullElse(draft.contactEmail(), ""),
                Objects.requireNonNullElse(draft.contactPhone(), ""));
    }

    private Organisation find(OrganisationId id) {
        return organisations.findById(id.value())
                .orElseThrow(() -> new UserFacingException("error.programme.organisation-unknown"));
    }

    private Series findSeries(SeriesId id) {
        return series.findById(id.value())
                .orElseThrow(() -> new UserFacingException("error.programme.series-unknown"));
    }

    static OrganisationView view(Organisation o) {
        return new OrganisationView(new OrganisationId(o.getId()), o.getName(), o.getKind(), o.getMunicipality(),
                o.getState(), o.getContactName(), o.getContactEmail(), o.getContactPhone(), o.getVersion());
    }
}
