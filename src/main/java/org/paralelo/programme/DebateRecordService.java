package org.paralelo.programme;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.InputChecks;
import org.paralelo.base.Languages;
import org.paralelo.base.MarkdownRenderer;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.AuditAction;
import org.paralelo.people.AuditService;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.paralelo.people.ProfileService;
import org.paralelo.programme.domain.Agreement;
import org.paralelo.programme.domain.AgreementNote;
import org.paralelo.programme.domain.AgreementNoteRepository;
import org.paralelo.programme.domain.AgreementRepository;
import org.paralelo.programme.domain.Minutes;
import org.paralelo.programme.domain.MinutesRepository;
import org.paralelo.programme.domain.ProgrammeSession;
import org.paralelo.programme.domain.ProgrammeSessionRepository;
import org.paralelo.programme.domain.SeriesRepository;
import org.paralelo.programme.domain.SessionRegistrationRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of a series' debate sessions: minutes (sanitised Markdown) and agreements with their follow-ups.
 * Agreements are listed across the whole series, pending ones first, so the next workshop starts from what is
 * pending; a pending agreement past its due date (in its session's zone) is overdue. Organisers write; the
 * series' readers read; exports (CSV, PDF) come in the reader's language.
 */
@Service
@Transactional
public class DebateRecordService {

    private final MinutesRepository minutes;
    private final AgreementRepository agreements;
    private final AgreementNoteRepository notes;
    private final ProgrammeSessionRepository sessions;
    private final SeriesRepository series;
    private final PersonDirectory directory;
    private final ProfileService profiles;
    private final MarkdownRenderer markdown;
    private final AgreementExports exports;
    private final AgreementViews views;
    private final SessionRegistrationRepository registrations;
    private final AuditService audit;
    private final Clock clock;

    DebateRecordService(MinutesRepository minutes, AgreementRepository agreements, AgreementNoteRepository notes,
                        ProgrammeSessionRepository sessions, SeriesRepository series, PersonDirectory directory,
                        ProfileService profiles, MarkdownRenderer markdown, AgreementExports exports, AgreementViews views,
                        SessionRegistrationRepository registrations, AuditService audit, Clock clock) {
        this.views = views;
        this.registrations = registrations;
        this.audit = audit;
        this.minutes = minutes;
        this.agreements = agreements;
        this.notes = notes;
        this.sessions = sessions;
        this.series = series;
        this.directory = directory;
        this.profiles = profiles;
        this.markdown = markdown;
        this.exports = exports;
        this.clock = clock;
    }

    /** The session's minutes; empty text and version -1 while nobody has written any. */
    @Transactional(readOnly = true)
    @PreAuthorize("@seriesAccess.canReadSession(#session)")
    public MinutesView minutes(SessionId session) {
        return minutes.findById(session.value()).map(m -> new MinutesView(session, m.getBody(),
                markdown.toSafeHtml(m.getBody()), directory.displayName(new PersonId(m.getAuthorId())).orElse(""),
                m.getEditedAt(), m.getVersion())).orElse(new MinutesView(session, "", "", null, null, -1));
    }

    /** Writes the minutes; {@code version} is what the writer saw (-1 for none), so two editors do not overwrite. */
    @PreAuthorize("@seriesAccess.canManageSession(#session)")
    public MinutesView saveMinutes(SessionId session, String text, long version) {
        new InputChecks().text(text, "minutes", Minutes.MAX_BODY).throwIfAny();
        Optional<Minutes> existing = minutes.findById(session.value());
        StaleDataException.check(version, existing.map(Minutes::getVersion).orElse(-1L));
        Minutes record = existing.orElseGet(() -> new Minutes(session.value()));
        record.write(text, me(), clock.instant());
        minutes.saveAndFlush(record);
        return minutes(session);
    }

    /** An agreement made at this session of a series. */
    @PreAuthorize("@seriesAccess.canManageSession(#session)")
    public AgreementId agree(SessionId session, AgreementDraft draft) {
        ProgrammeSession found = seriesSession(session);
        long seriesId = Objects.requireNonNull(found.getSeriesId());
        check(found, seriesId, draft);
        Agreement agreement = new Agreement(seriesId, found.getId(), me(), clock.instant());
        agreement.describe(draft.text(), draft.person() == null ? null : draft.person().value(),
                draft.organisation() == null ? null : draft.organisation().value(), draft.due());
        return new AgreementId(agreements.saveAndFlush(agreement).getId());
    }

    /**
     * Changes an agreement's text, who answers for it and its due date. {@code version} is what the editor saw, so
     * a stale copy is refused; the change is in the audit log (its status changes through follow-ups instead).
     */
    @PreAuthorize("@seriesAccess.canManageAgreement(#agreement)")
    public void revise(AgreementId agreement, AgreementDraft draft, long version) {
        Agreement found = agreements.findById(agreement.value())
                .orElseThrow(() -> new UserFacingException("error.programme.agreement-unknown"));
        StaleDataException.check(version, found.getVersion());
        check(sessions.findById(found.getSessionId()).orElseThrow(), found.getSeriesId(), draft);
        found.describe(draft.text(), draft.person() == null ? null : draft.person().value(),
                draft.organisation() == null ? null : draft.organisation().value(), draft.due());
        agreements.saveAndFlush(found);
        audit.record(AuditAction.AGREEMENT_CHANGED, "agreement " + found.getId() + " of series "
                + found.getSeriesId());
    }

    /**
     * The people an agreement may be given to, by name: those taking part in the series.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@seriesAccess.canManage(#series)")
    public List<PersonRef> responsibleCandidates(SeriesId series) {
        Set<PersonId> people = new HashSet<>();
        takingPart(series.value()).forEach(id -> people.add(new PersonId(id)));
        Collator byName = Collator.getInstance(Languages.SPANISH);
        return directory.refs(people).values().stream()
                .sorted(Comparator.comparing(PersonRef::fullName, byName)).toList();
    }

    /**
     * Who takes part in a series: its organisers, the facilitators of its sessions and everyone registered or
     * waiting at one of them. Only they answer for its agreements (organisations are checked against the series').
     */
    private Set<Long> takingPart(long seriesId) {
        Set<Long> people = new HashSet<>(series.findById(seriesId).orElseThrow().getOrganiserIds());
        sessions.findBySeriesIdOrderByStartsAtAsc(seriesId).forEach(s -> people.addAll(s.getFacilitatorIds()));
        people.addAll(registrations.participantsOfSeries(seriesId, RegistrationStatus.CANCELLED));
        return people;
    }

    /**
     * A follow-up on an agreement, usually at a later session of the series: a note, a status change, or both.
     * The note keeps who, when and the status before and after.
     */
    @PreAuthorize("@seriesAccess.canManageAgreement(#agreement)")
    public void followUp(AgreementId agreement, @Nullable SessionId at, String text, AgreementStatus status,
                         long version) {
        Agreement found = agreements.findById(agreement.value())
                .orElseThrow(() -> new UserFacingException("error.programme.agreement-unknown"));
        StaleDataException.check(version, found.getVersion());
        String note = Objects.requireNonNullElse(text, "").strip();
        InputChecks checks = new InputChecks().require(status != null, "status", "error.required")
                .require(!note.isEmpty() || status != found.getStatus(), "note", "error.required")
                .optionalText(note, "note", Agreement.MAX_BODY);
        if (at != null) {
            ProgrammeSession where = sessions.findById(at.value()).orElse(null);
            checks.require(where != null && Objects.equals(where.getSeriesId(), found.getSeriesId()), "session",
                    "error.programme.agreement.session-not-in-series");
        }
        checks.throwIfAny();
        notes.save(new AgreementNote(found.getId(), at == null ? null : at.value(), note, found.getStatus(), status,
                me(), clock.instant()));
        found.setStatus(status);
        agreements.saveAndFlush(found);
    }

    /** The series' agreements with the given statuses (all when empty): pending first, then by due date. */
    @Transactional(readOnly = true)
    @PreAuthorize("@seriesAccess.canRead(#series)")
    public List<AgreementView> agreements(SeriesId series, Set<AgreementStatus> statuses) {
        List<Agreement> found = agreements.findBySeriesId(series.value()).stream()
                .filter(a -> statuses.isEmpty() || statuses.contains(a.getStatus())).toList();
        return views.of(found, clock.instant());
    }

    /** The series' agreements as CSV (UTF-8 with BOM, spreadsheet-safe cells) in the reader's language. */
    @Transactional(readOnly = true)
    @PreAuthorize("@seriesAccess.canRead(#series)")
    public byte[] exportCsv(SeriesId series, Locale locale) {
        return exports.csv(agreements(series, Set.of()), locale);
    }

    /** The series' agreements as a printable PDF in the reader's language. */
    @Transactional(readOnly = true)
    @PreAuthorize("@seriesAccess.canRead(#series)")
    public byte[] exportPdf(SeriesId series, Locale locale) {
        String name = this.series.findById(series.value()).orElseThrow().getName();
        return exports.pdf(name, agreements(series, Set.of()), clock.instant(), locale);
    }

    private void check(ProgrammeSession session, long seriesId, AgreementDraft draft) {
        LocalDate held = session.getStarts().toLocalDate();
        new InputChecks().text(draft.text(), "text", Agreement.MAX_BODY)
                .require(draft.person() == null || draft.organisation() == null, "responsible",
                        "error.programme.agreement.one-responsible")
                .require(draft.person() == null || directory.displayName(draft.person()).isPresent(), "responsible",
                        "error.programme.agreement.responsible-unknown")
                .require(draft.person() == null || !directory.displayName(draft.person()).isPresent()
                        || takingPart(seriesId).contains(draft.person().value()), "responsible",
                        "error.programme.agreement.responsible-not-in-series")
                .require(draft.organisation() == null || series.findById(seriesId).orElseThrow()
                        .getOrganisationIds().contains(draft.organisation().value()), "responsible",
                        "error.programme.organisation.not-in-series")
                .require(draft.due() == null || !draft.due().isBefore(held), "due",
                        "error.programme.agreement.due-before-session")
                .throwIfAny();
    }

    private ProgrammeSession seriesSession(SessionId id) {
        return sessions.findById(id.value()).filter(ProgrammeSession::isOfSeries)
                .orElseThrow(() -> new UserFacingException("error.programme.session-unknown"));
    }

    private long me() {
        return profiles.myId().map(PersonId::value).orElseThrow();
    }
}
