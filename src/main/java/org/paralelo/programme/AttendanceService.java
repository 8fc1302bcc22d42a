package org.paralelo.programme;

import java.security.SecureRandom;
import java.text.Collator;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.Languages;
import org.paralelo.base.PublicUrl;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonFacts;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.paralelo.people.ProfileService;
import org.paralelo.programme.domain.Attendance;
import org.paralelo.programme.domain.AttendanceChange;
import org.paralelo.programme.domain.AttendanceChangeRepository;
import org.paralelo.programme.domain.AttendanceRepository;
import org.paralelo.programme.domain.CheckIn;
import org.paralelo.programme.domain.CheckInRepository;
import org.paralelo.programme.domain.ProgrammeSession;
import org.paralelo.programme.domain.ProgrammeSessionRepository;
import org.paralelo.programme.domain.SessionRegistration;
import org.paralelo.programme.domain.SessionRegistrationRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attendance at on-site sessions of a run or a debate series. The run's managers and the session's facilitators
 * (a series' organisers) take the roll (one mark per person: present, late, excused, absent; a mark can be taken
 * back), add walk-ins ({@link Rosters}), show a short-lived check-in code and print the sign-in sheet; a member
 * (anyone, at a series) checks in with the code from their own phone,
 * from {@value #OPENS_BEFORE_MINUTES} minutes before the start until the end (late after
 * {@value #GRACE_MINUTES} minutes). Every change is kept with who and when, and announced as
 * {@link AttendanceRecorded}. Present and late marks are refused before the check-in window opens.
 */
@Service
@Transactional
public class AttendanceService {

    public static final int OPENS_BEFORE_MINUTES = 30;
    static final int GRACE_MINUTES = 15;
    static final Duration OPENS_BEFORE = Duration.ofMinutes(OPENS_BEFORE_MINUTES);
    static final Duration GRACE = Duration.ofMinutes(GRACE_MINUTES);
    static final Duration CODE_LIFETIME = Duration.ofMinutes(15);
    /** No I, L, O, 0 or 1: nothing to confuse when read off a projector or typed on a phone. */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ProgrammeSessionRepository sessions;
    private final Rosters rosters;
    private final SessionRegistrationRepository registrations;
    private final AttendanceRepository attendance;
    private final AttendanceChangeRepository changes;
    private final CheckInRepository checkIns;
    private final CheckInAttempts attempts;
    private final PersonDirectory directory;
    private final ProfileService profiles;
    private final SignInSheetPdf sheets;
    private final PublicUrl publicUrl;
    private final ApplicationEventPublisher events;
    private final RunAccess access;
    private final Clock clock;
    private final TransactionTemplate inTransaction;

    AttendanceService(RunAccess access, ProgrammeSessionRepository sessions, Rosters rosters,
                      SessionRegistrationRepository registrations, AttendanceRepository attendance,
                      AttendanceChangeRepository changes, CheckInRepository checkIns, CheckInAttempts attempts,
                      PersonDirectory directory, ProfileService profiles, SignInSheetPdf sheets, PublicUrl publicUrl,
                      ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.inTransaction = new TransactionTemplate(transactions);
        this.access = access;
        this.sessions = sessions;
        this.rosters = rosters;
        this.registrations = registrations;
        this.attendance = attendance;
        this.changes = changes;
        this.checkIns = checkIns;
        this.attempts = attempts;
        this.directory = directory;
        this.profiles = profiles;
        this.sheets = sheets;
        this.publicUrl = publicUrl;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in person takes this session's roll (screens ask before showing it). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean canTakeRoll(SessionId session) {
        return access.canTakeRoll(session);
    }

    /** Everyone with a seat and everyone marked (walk-ins included), by name; each with their mark so far. */
    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canTakeRoll(#session)")
    public List<RollCallEntry> rollCall(SessionId session) {
        ProgrammeSession found = find(session);
        Map<Long, Attendance> marks = attendance.findBySessionId(found.getId()).stream()
                .collect(Collectors.toMap(Attendance::getPersonId, Function.identity()));
        Set<Long> ids = new LinkedHashSet<>();
        registrations.findBySessionIdAndStatusOrderByRequestedAtAscIdAsc(found.getId(), RegistrationStatus.REGISTERED)
                .forEach(r -> ids.add(r.getPersonId()));
        ids.addAll(marks.keySet());
        Map<Long, PersonFacts> facts = facts(ids);
        Collator byName = Collator.getInstance(Languages.SPANISH);
        return ids.stream().map(id -> {
            PersonFacts person = facts.get(id);
            Attendance mark = marks.get(id);
            PersonRef ref = person == null ? new PersonRef(new PersonId(id), "", "")
                    : new PersonRef(person.id(), person.fullName(), person.username());
            return new RollCallEntry(ref, person == null ? null : person.municipality(),
                    mark != null && mark.isWalkIn(), mark == null ? null : mark.getMark(),
                    mark == null ? null : mark.getSource());
        }).sorted(Comparator.comparing((RollCallEntry e) -> e.person().fullName(), byName)).toList();
    }

    /**
     * Sets (or, with {@code mark} null, takes back) one person's mark, from the roll call or the paper sheet. The
     * person must be a member of the session's run; someone without a seat becomes a walk-in.
     */
    @PreAuthorize("@runAccess.canTakeRoll(#session)")
    public void mark(SessionId session, PersonId person, @Nullable AttendanceMark mark, AttendanceSource source) {
        if (source == AttendanceSource.CHECK_IN) {
            throw new IllegalArgumentException("check-ins go through checkIn(code)");
        }
        ProgrammeSession found = find(session);
        Rosters.Roster roster = rosters.of(found);
        requireMarkable(found, mark);
        if (!rosters.mayBeMarked(roster, person.value())) {
            throw new UserFacingException("error.programme.attendance.not-member");
        }
        record(found, roster, person.value(), mark, source, me().value(), clock.instant());
    }

    /** Marks absent everyone with a seat who has no mark yet, at the end of a roll call; returns how many. */
    @PreAuthorize("@runAccess.canTakeRoll(#session)")
    public int markRestAbsent(SessionId session, AttendanceSource source) {
        ProgrammeSession found = find(session);
        Rosters.Roster roster = rosters.of(found);
        requireMarkable(found, AttendanceMark.ABSENT);
        Set<Long> marked = attendance.findBySessionId(found.getId()).stream().map(Attendance::getPersonId)
                .collect(Collectors.toSet());
        long by = me().value();
        Instant now = clock.instant();
        int count = 0;
        for (SessionRegistration seat : registrations.findBySessionIdAndStatusOrderByRequestedAtAscIdAsc(
                found.getId(), RegistrationStatus.REGISTERED)) {
            if (!marked.contains(seat.getPersonId())) {
                record(found, roster, seat.getPersonId(), AttendanceMark.ABSENT, source, by, now);
                count++;
            }
        }
        return count;
    }

    /**
     * Members of the run (participants of the series) not on the roll call yet whose name or username contains the
     * text (2 letters or more).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canTakeRoll(#session)")
    public List<PersonRef> walkInCandidates(SessionId session, String text, int limit) {
        String needle = fold(text);
        if (needle.length() < 2) {
            return List.of();
        }
        ProgrammeSession found = find(session);
        Set<Long> listed = rollCall(session).stream().map(e -> e.person().id().value()).collect(Collectors.toSet());
        List<PersonId> candidates = rosters.pool(rosters.of(found)).stream().filter(id -> !listed.contains(id))
                .map(PersonId::new).toList();
        Collator byName = Collator.getInstance(Languages.SPANISH);
        return (candidates.isEmpty() ? List.<PersonFacts>of() : directory.facts(candidates)).stream()
                .filter(p -> fold(p.fullName()).contains(needle) || fold(p.username()).contains(needle))
                .sorted(Comparator.comparing(PersonFacts::fullName, byName)).limit(Math.max(0, limit))
                .map(p -> new PersonRef(p.id(), p.fullName(), p.username())).toList();
    }

    /** Every change of a mark at the session, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canTakeRoll(#session)")
    public List<AttendanceChangeView> history(SessionId session) {
        List<AttendanceChange> all = changes.findBySessionIdOrderByChangedAtDescIdDesc(find(session).getId());
        Map<Long, String> names = new HashMap<>();
        all.forEach(c -> {
            names.computeIfAbsent(c.getPersonId(), id -> directory.displayName(new PersonId(id)).orElse(""));
            names.computeIfAbsent(c.getChangedBy(), id -> directory.displayName(new PersonId(id)).orElse(""));
        });
        return all.stream().map(c -> new AttendanceChangeView(new PersonRef(new PersonId(c.getPersonId()),
                names.get(c.getPersonId()), ""), c.getMark(), c.getSource(), names.get(c.getChangedBy()),
                c.getChangedAt())).toList();
    }

    /**
     * A new check-in code for the session, replacing any earlier one; it works for {@link #CODE_LIFETIME} and
     * never past the session's end. Shown only from the opening of the check-in window until the end.
     */
    @PreAuthorize("@runAccess.canTakeRoll(#session)")
    public CheckInCode issueCode(SessionId session) {
        ProgrammeSession found = find(session);
        if (found.getCancelledAt() != null) {
            throw new UserFacingException("error.programme.session-cancelled");
        }
        Instant now = clock.instant();
        if (!inWindow(found, now)) {
            throw new UserFacingException("error.programme.check-in.code-outside-window", OPENS_BEFORE_MINUTES);
        }
        CheckIn checkIn = checkIns.findById(found.getId()).orElseGet(() -> new CheckIn(found.getId()));
        Instant expires = now.plus(CODE_LIFETIME);
        checkIn.issue(newCode(), me().value(), now, expires.isAfter(found.getEndsAt()) ? found.getEndsAt() : expires);
        checkIns.saveAndFlush(checkIn);
        return view(checkIn);
    }

    /** The session's code while it still works. */
    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canTakeRoll(#session)")
    public Optional<CheckInCode> currentCode(SessionId session) {
        Instant now = clock.instant();
        return checkIns.findById(session.value()).filter(c -> c.isValidAt(now)).map(this::view);
    }

    /**
     * The signed-in person checks in with the code the facilitator shows: present, or late after the grace period.
     * Wrong, expired and foreign codes get the same answer; after too many wrong ones the person waits a while.
     * Wrong codes are counted in transactions of their own ({@link CheckInAttempts}), so they count though the
     * check-in is refused: before and after the check-in's transaction, never with a second connection inside it.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("isAuthenticated()")
    public CheckInResult checkIn(String typed) {
        PersonId me = me();
        if (attempts.blocked(me.value())) {
            throw new UserFacingException("error.programme.check-in.too-many", CheckInAttempts.WINDOW.toMinutes());
        }
        Optional<CheckInResult> result = inTransaction.execute(status -> checkInWith(normalise(typed), me));
        if (result == null || result.isEmpty()) {
            attempts.failed(me.value());
            throw new UserFacingException("error.programme.check-in.code-unknown");
        }
        attempts.succeeded(me.value());
        return result.get();
    }

    /** The check-in itself; empty when the code is not one this person may use now. */
    private Optional<CheckInResult> checkInWith(String code, PersonId me) {
        Instant now = clock.instant();
        Optional<CheckIn> checkIn = code.length() == CODE_LENGTH ? checkIns.findByCode(code) : Optional.empty();
        if (checkIn.isEmpty() || !checkIn.get().isValidAt(now)) {
            return Optional.empty();
        }
        ProgrammeSession session = find(new SessionId(checkIn.get().getSessionId()));
        Rosters.Roster roster = rosters.of(session);
        if (!rosters.mayCheckIn(roster, me.value())) {
            return Optional.empty();
        }
        if (session.getCancelledAt() != null) {
            throw new UserFacingException("error.programme.session-cancelled");
        }
        if (!inWindow(session, now)) {
            throw new UserFacingException("error.programme.check-in.outside-window");
        }
        SessionId id = new SessionId(session.getId());
        Optional<Attendance> existing = attendance.findBySessionIdAndPersonId(session.getId(), me.value());
        if (existing.isPresent() && existing.get().getMark().attended()) {
            return Optional.of(new CheckInResult(id, session.getTitle(), existing.get().getMark(), true));
        }
        AttendanceMark mark = now.isAfter(session.getStartsAt().plus(GRACE)) ? AttendanceMark.LATE
                : AttendanceMark.PRESENT;
        record(session, roster, me.value(), mark, AttendanceSource.CHECK_IN, me.value(), now);
        return Optional.of(new CheckInResult(id, session.getTitle(), mark, false));
    }

    /** The signed-in person's own mark at a session they can see. */
    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canSeeSession(#session)")
    public Optional<AttendanceMark> myMark(SessionId session) {
        return profiles.myId().flatMap(me -> attendance.findBySessionIdAndPersonId(session.value(), me.value()))
                .map(Attendance::getMark);
    }

    /** The printable sign-in sheet: names with a seat or a mark, blank lines for walk-ins, the check-in QR. */
    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canTakeRoll(#session)")
    public byte[] signInSheet(SessionId session, Locale locale) {
        ProgrammeSession found = find(session);
        return sheets.render(found, rosters.of(found).name(), rollCall(session), checkInLink(null), Languages.supported(locale));
    }

    /** The check-in page's address, with the code filled in when given (what the QR codes point to). */
    String checkInLink(@Nullable String code) {
        return publicUrl.link(ProgrammePaths.checkIn() + (code == null ? "" : "?codigo=" + code));
    }

    private void record(ProgrammeSession session, Rosters.Roster roster, long person, @Nullable AttendanceMark mark,
                        AttendanceSource source, long by, Instant now) {
        Optional<Attendance> existing = attendance.findBySessionIdAndPersonId(session.getId(), person);
        if (mark == null) {
            if (existing.isEmpty()) {
                return;
            }
            attendance.delete(existing.get());
        } else {
            Attendance row = existing.orElseGet(() -> new Attendance(session.getId(), person,
                    registrations.findBySessionIdAndPersonId(session.getId(), person)
                            .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED).isEmpty()));
            if (!row.mark(mark, source, by, now)) {
                return;
            }
            attendance.save(row);
        }
        changes.save(new AttendanceChange(session.getId(), person, mark, source, by, now));
        attendance.flush();
        events.publishEvent(rosters.recorded(roster, new SessionId(session.getId()), person, mark, source, by, now));
    }

    private void requireMarkable(ProgrammeSession session, @Nullable AttendanceMark mark) {
        if (session.getCancelledAt() != null) {
            throw new UserFacingException("error.programme.session-cancelled");
        }
        if (mark != null && mark.attended() && clock.instant().isBefore(session.getStartsAt().minus(OPENS_BEFORE))) {
            throw new UserFacingException("error.programme.attendance.too-early");
        }
    }

    private static boolean inWindow(ProgrammeSession session, Instant now) {
        return !now.isBefore(session.getStartsAt().minus(OPENS_BEFORE)) && now.isBefore(session.getEndsAt());
    }

    private CheckInCode view(CheckIn checkIn) {
        return new CheckInCode(new SessionId(checkIn.getSessionId()), checkIn.getCode(), checkIn.getExpiresAt(),
                checkInLink(checkIn.getCode()));
    }

    private String newCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            StringBuilder code = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            if (!checkIns.existsByCode(code.toString())) {
                return code.toString();
            }
        }
        throw new IllegalStateException("no free check-in code after 20 draws");
    }

    /** Codes as people type them: case, spaces and dashes do not matter. */
    static String normalise(@Nullable String typed) {
        if (typed == null || typed.length() > 40) {
            return "";
        }
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String fold(@Nullable String text) {
        return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private Map<Long, PersonFacts> facts(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return directory.facts(new ArrayList<>(ids.stream().map(PersonId::new).toList())).stream()
                .collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
    }

    private ProgrammeSession find(SessionId id) {
        return sessions.findById(id.value())
                .orElseThrow(() -> new UserFacingException("error.programme.session-unknown"));
    }

    private PersonId me() {
        return profiles.myId().orElseThrow(() -> new UserFacingException("error.person-not-found"));
    }
}
