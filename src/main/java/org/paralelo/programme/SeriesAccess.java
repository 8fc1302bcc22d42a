package org.paralelo.programme;

import org.paralelo.people.Caller;
import org.paralelo.people.RegionScope;
import org.paralelo.people.Role;
import org.paralelo.programme.domain.Agreement;
import org.paralelo.programme.domain.AgreementRepository;
import org.paralelo.programme.domain.ProgrammeSession;
import org.paralelo.programme.domain.ProgrammeSessionRepository;
import org.paralelo.programme.domain.Series;
import org.paralelo.programme.domain.SeriesRepository;
import org.paralelo.programme.domain.SessionRegistrationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Object-level rules for debate series, used in {@code @PreAuthorize("@seriesAccess.canManage(#series)")}:
 * trainers and admins create series; a series' organisers and admins manage it (sessions, organisations, minutes,
 * agreements); its participants (people holding a seat at one of its sessions) and the coordinators of its regions
 * read its minutes, organisations and agreements; nobody else. A series for no region in particular is the
 * whole programme's, so every coordinator follows it. A series' name and its sessions' time and place are open
 * to every signed-in person, so the people invited can register.
 */
@Component("seriesAccess")
public class SeriesAccess {

    private final SeriesRepository series;
    private final ProgrammeSessionRepository sessions;
    private final AgreementRepository agreements;
    private final SessionRegistrationRepository registrations;
    private final Caller caller;

    SeriesAccess(SeriesRepository series, ProgrammeSessionRepository sessions, AgreementRepository agreements,
                 SessionRegistrationRepository registrations, Caller caller) {
        this.series = series;
        this.sessions = sessions;
        this.agreements = agreements;
        this.registrations = registrations;
        this.caller = caller;
    }

    public boolean canCreate() {
        return caller.isAdmin() || caller.has(Role.TRAINER);
    }

    @Transactional(readOnly = true)
    public boolean canManage(SeriesId id) {
        return id != null && series.findById(id.value()).map(this::canManage).orElse(false);
    }

    /** Organisers, admins, participants and the coordinators of its regions. */
    @Transactional(readOnly = true)
    public boolean canRead(SeriesId id) {
        return id != null && series.findById(id.value()).map(s -> canManage(s) || participates(s) || coordinates(s))
                .orElse(false);
    }

    /** A series' name, description and session times: anyone signed in, so the people invited can register. */
    @Transactional(readOnly = true)
    public boolean canSee(SeriesId id) {
        return id != null && caller.signedIn() && series.existsById(id.value());
    }

    @Transactional(readOnly = true)
    public boolean canManageSession(SessionId id) {
        return id != null && seriesOf(id).map(s -> canManage(new SeriesId(s))).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean canReadSession(SessionId id) {
        return id != null && seriesOf(id).map(s -> canRead(new SeriesId(s))).orElse(false);
    }

    /** The time and place of a series session: every signed-in person, so anyone invited can register. */
    @Transactional(readOnly = true)
    public boolean canSeeSession(SessionId id) {
        return id != null && caller.signedIn() && seriesOf(id).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean canManageAgreement(AgreementId id) {
        return id != null && agreements.findById(id.value()).map(Agreement::getSeriesId)
                .map(s -> canManage(new SeriesId(s))).orElse(false);
    }

    private java.util.Optional<Long> seriesOf(SessionId id) {
        return sessions.findById(id.value()).filter(ProgrammeSession::isOfSeries).map(ProgrammeSession::getSeriesId);
    }

    private boolean canManage(Series found) {
        return caller.isAdmin() || caller.id().map(me -> found.getOrganiserIds().contains(me.value())).orElse(false);
    }

    private boolean participates(Series found) {
        return caller.id().map(me -> registrations.holdsSeatInSeries(found.getId(), me.value(),
                RegistrationStatus.REGISTERED)).orElse(false);
    }

    private boolean coordinates(Series found) {
        if (!caller.has(Role.COORDINATOR)) {
            return false;
        }
        RegionScope scope = caller.regionScope();
        return !scope.isEmpty() && (found.getRegionIds().isEmpty() || found.getRegionIds().stream()
                .anyMatch(scope::covers));
    }
}
