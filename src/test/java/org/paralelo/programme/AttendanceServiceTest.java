package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.QrCodes;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Roll call, check-in codes, the sign-in sheet and session changes, through the real services and database. */
@ParaleloSpringTest
@RecordApplicationEvents
@Tag("persistence")
class AttendanceServiceTest {

    static final String[] LEARNER = LearningFixture.LEARNER;

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SessionService sessions;
    @Autowired SessionRegistrationService registration;
    @Autowired AttendanceService attendance;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;

    RunFixture fixture;

    @BeforeEach
    void aCourseWithTwoRuns() {
        fixture = new RunFixture(accounts, authoring, publishing, runs);
    }

    @Test
    void a_trainer_marks_each_person_with_one_call_and_every_change_is_kept_with_who_and_when() {
        SessionId session = soonSession("Taller de gestión");
        List<String> people = registered(session, 3);
        startOf(session);

        asOwner(() -> attendance.mark(session, id(people.get(0)), AttendanceMark.PRESENT, AttendanceSource.ROLL_CALL));
        asOwner(() -> attendance.mark(session, id(people.get(1)), AttendanceMark.ABSENT, AttendanceSource.ROLL_CALL));
        asOwner(() -> attendance.mark(session, id(people.get(1)), AttendanceMark.LATE, AttendanceSource.SHEET));
        asOwner(() -> attendance.mark(session, id(people.get(1)), AttendanceMark.LATE, AttendanceSource.SHEET));
        asOwner(() -> attendance.mark(session, id(people.get(2)), AttendanceMark.EXCUSED, AttendanceSource.ROLL_CALL));
        asOwner(() -> attendance.mark(session, id(people.get(2)), null, AttendanceSource.ROLL_CALL));

        List<RollCallEntry> roll = As.user(fixture.owner, Courses.TRAINER, () -> attendance.rollCall(session));
        assertThat(roll).extracting(e -> e.person().username(), RollCallEntry::mark).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(people.get(0), AttendanceMark.PRESENT),
                org.assertj.core.groups.Tuple.tuple(people.get(1), AttendanceMark.LATE),
                org.assertj.core.groups.Tuple.tuple(people.get(2), null));
        assertThat(roll).extracting(RollCallEntry::municipality).containsOnly("Teotitlán del Valle");
        assertThat(roll).noneMatch(RollCallEntry::walkIn);

        List<AttendanceChangeView> history = As.user(fixture.owner, Courses.TRAINER,
                () -> attendance.history(session));
        assertThat(history).as("the same mark twice is one change").hasSize(5);
        assertThat(history.getFirst().mark()).as("newest first: the excuse taken back").isNull();
        assertThat(history).extracting(AttendanceChangeView::changedBy).containsOnly("María " + fixture.owner);
        assertThat(history).extracting(AttendanceChangeView::source).contains(AttendanceSource.SHEET);
        assertThat(events.stream(AttendanceRecorded.class)
                .filter(e -> e.session().equals(session))).hasSize(5)
                .allMatch(e -> e.course().equals(fixture.course) && e.run().equals(fixture.sureste));
    }

    @Test
    void present_is_refused_before_the_window_opens_but_an_excuse_is_taken_ahead() {
        SessionId session = soonSession("Taller");
        String person = registered(session, 1).getFirst();
        assertThatThrownBy(() -> asOwner(() -> attendance.mark(session, id(person), AttendanceMark.PRESENT,
                AttendanceSource.ROLL_CALL))).hasMessage("error.programme.attendance.too-early");
        asOwner(() -> attendance.mark(session, id(person), AttendanceMark.EXCUSED, AttendanceSource.ROLL_CALL));
        assertThat(As.user(person, LEARNER, () -> attendance.myMark(session))).contains(AttendanceMark.EXCUSED);
    }

    @Test
    void a_walk_in_from_the_run_is_found_by_name_and_added_and_someone_of_another_run_is_refused() {
        SessionId session = soonSession("Taller");
        registered(session, 1);
        String walkIn = member(fixture.sureste);
        String elsewhere = member(fixture.norte);
        startOf(session);

        List<PersonRef> found = As.user(fixture.owner, Courses.TRAINER,
                () -> attendance.walkInCandidates(session, walkIn.substring(0, 8).toUpperCase(Locale.ROOT), 10));
        assertThat(found).extracting(PersonRef::username).contains(walkIn).doesNotContain(elsewhere);
        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> attendance.walkInCandidates(session, "a", 10)))
                .as("one letter finds nobody").isEmpty();

        asOwner(() -> attendance.mark(session, id(walkIn), AttendanceMark.PRESENT, AttendanceSource.ROLL_CALL));
        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> attendance.rollCall(session)))
                .filteredOn(e -> e.person().username().equals(walkIn)).singleElement()
                .matches(RollCallEntry::walkIn);
        assertThatThrownBy(() -> asOwner(() -> attendance.mark(session, id(elsewhere), AttendanceMark.PRESENT,
                AttendanceSource.ROLL_CALL))).hasMessage("error.programme.attendance.not-member");
    }

    @Test
    void marking_the_rest_absent_marks_only_seats_without_a_mark() {
        SessionId session = soonSession("Taller");
        List<String> people = registered(session, 3);
        startOf(session);
        asOwner(() -> attendance.mark(session, id(people.get(0)), AttendanceMark.PRESENT, AttendanceSource.ROLL_CALL));
        assertThat(As.user(fixture.owner, Courses.TRAINER,
                () -> attendance.markRestAbsent(session, AttendanceSource.ROLL_CALL))).isEqualTo(2);
        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> attendance.rollCall(session)))
                .extracting(RollCallEntry::mark).containsExactlyInAnyOrder(AttendanceMark.PRESENT,
                        AttendanceMark.ABSENT, AttendanceMark.ABSENT);
        assertThat(As.user(fixture.owner, Courses.TRAINER,
                () -> attendance.markRestAbsent(session, AttendanceSource.ROLL_CALL))).as("twice").isZero();
    }

    @Test
    void a_member_checks_in_with_the_code_present_in_time_and_late_after_the_grace_period() {
        SessionId session = soonSession("Taller");
        List<String> people = registered(session, 2);
        String walkIn = member(fixture.sureste);
        startOf(session);
        CheckInCode code = As.user(fixture.owner, Courses.TRAINER, () -> attendance.issueCode(session));
        assertThat(code.code()).matches("[A-HJKMNP-Z2-9]{6}");
        assertThat(code.link()).endsWith("/asistencia?codigo=" + code.code());
        assertThat(code.expiresAt()).isBeforeOrEqualTo(clock.instant().plus(AttendanceService.CODE_LIFETIME));

        CheckInResult first = As.user(people.get(0), LEARNER,
                () -> attendance.checkIn(" " + code.spaced().toLowerCase(Locale.ROOT) + " "));
        assertThat(first.mark()).isEqualTo(AttendanceMark.PRESENT);
        assertThat(first.already()).isFalse();
        assertThat(As.user(people.get(0), LEARNER, () -> attendance.checkIn(code.code())).already()).isTrue();

        clock.advance(AttendanceService.GRACE.plusMinutes(6));
        CheckInCode renewed = As.user(fixture.owner, Courses.TRAINER, () -> attendance.issueCode(session));
        assertThat(renewed.code()).isNotEqualTo(code.code());
        assertThat(As.user(people.get(1), LEARNER, () -> attendance.checkIn(renewed.code())).mark())
                .isEqualTo(AttendanceMark.LATE);
        assertThat(As.user(walkIn, LEARNER, () -> attendance.checkIn(renewed.code())).mark())
                .as("a member without a seat checks in as a walk-in").isEqualTo(AttendanceMark.LATE);
        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> attendance.rollCall(session)))
                .extracting(RollCallEntry::source).containsOnly(AttendanceSource.CHECK_IN);
    }

    @Test
    void wrong_expired_and_foreign_codes_get_one_answer_and_too_many_wrong_ones_make_the_person_wait() {
        SessionId session = soonSession("Taller");
        String person = registered(session, 1).getFirst();
        String elsewhere = member(fixture.norte);
        startOf(session);
        CheckInCode code = As.user(fixture.owner, Courses.TRAINER, () -> attendance.issueCode(session));

        assertThatThrownBy(() -> As.user(elsewhere, LEARNER, () -> attendance.checkIn(code.code())))
                .hasMessage("error.programme.check-in.code-unknown");
        for (String typed : new String[] {"", "x".repeat(10_000), "<script>", "ÑÑÑÑÑÑ", "ABC12"}) {
            assertThatThrownBy(() -> As.user(person, LEARNER, () -> attendance.checkIn(typed)))
                    .hasMessage("error.programme.check-in.code-unknown");
        }
        clock.advance(AttendanceService.CODE_LIFETIME.plusSeconds(1));
        assertThatThrownBy(() -> As.user(person, LEARNER, () -> attendance.checkIn(code.code())))
                .as("expired").hasMessage("error.programme.check-in.code-unknown");
        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> attendance.currentCode(session))).isEmpty();

        CheckInCode fresh = As.user(fixture.owner, Courses.TRAINER, () -> attendance.issueCode(session));
        for (int i = 0; i < CheckInAttempts.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> As.user(elsewhere, LEARNER, () -> attendance.checkIn("ZZZZZZ")));
        }
        assertThatThrownBy(() -> As.user(elsewhere, LEARNER, () -> attendance.checkIn(fresh.code())))
                .hasMessage("error.programme.check-in.too-many");
        assertThat(As.user(person, LEARNER, () -> attendance.checkIn(fresh.code())).mark()).isNotNull();
    }

    @Test
    void a_code_is_shown_only_inside_the_session_window_and_refused_after_the_end() {
        SessionId session = soonSession("Taller");
        String person = registered(session, 1).getFirst();
        assertThatThrownBy(() -> As.user(fixture.owner, Courses.TRAINER, () -> attendance.issueCode(session)))
                .hasMessage("error.programme.check-in.code-outside-window");
        startOf(session);
        clock.advance(Duration.ofMinutes(115)); // ten minutes before the end
        CheckInCode code = As.user(fixture.owner, Courses.TRAINER, () -> attendance.issueCode(session));
        SessionSummary summary = As.user(fixture.owner, Courses.TRAINER, () -> sessions.session(session));
        assertThat(code.expiresAt()).as("never past the end").isEqualTo(summary.ends().toInstant());
        clock.advance(Duration.ofMinutes(11));
        assertThatThrownBy(() -> As.user(person, LEARNER, () -> attendance.checkIn(code.code())))
                .hasMessage("error.programme.check-in.code-unknown");
    }

    @Test
    void the_sign_in_sheet_lists_names_and_municipalities_and_its_qr_opens_the_check_in_page() throws Exception {
        SessionId session = soonSession("Taller de públicos «nuevos» & <viejos>");
        List<String> people = registered(session, 2);
        byte[] pdf = As.user(fixture.owner, Courses.TRAINER, () -> attendance.signInSheet(session,
                Locale.forLanguageTag("es-MX")));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Hoja de asistencia", "Taller de públicos «nuevos» & <viejos>",
                "Región Sureste 2027-1", "María " + people.get(0), "María " + people.get(1), "Teotitlán del Valle",
                "Firma", "Casa de la Cultura");
        assertThat(As.user(fixture.owner, Courses.TRAINER, () -> attendance.signInSheet(session, Locale.ENGLISH)))
                .satisfies(english -> assertThat(text(english)).contains("Attendance sheet", "Signature"));
        assertThat(decode(QrCodes.matrix(attendance.checkInLink(null)))).endsWith("/asistencia");
        assertThatThrownBy(() -> As.user(people.get(0), LEARNER, () -> attendance.signInSheet(session,
                Locale.ENGLISH))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_qr_code_drawn_for_a_check_in_link_decodes_to_that_link() throws Exception {
        String link = "https://paralelo.example.org/asistencia?codigo=K7QM2X";
        assertThat(decode(QrCodes.matrix(link))).isEqualTo(link);
        assertThat(QrCodes.svg(link)).startsWith("<svg").contains("viewBox").doesNotContain("script");
    }

    @Test
    void changing_time_or_place_and_cancelling_announce_the_session_with_a_higher_sequence() {
        SessionId session = soonSession("Taller");
        PersonId seated = id(registered(session, 1).getFirst());
        SessionSummary before = As.user(fixture.owner, Courses.TRAINER, () -> sessions.session(session));
        asOwner(() -> sessions.update(session, draft("Otro título", before.starts().toLocalDate(), 10, "Casa de la "
                + "Cultura"), before.version()));
        assertThat(changesOf(session)).as("a new title alone is not announced").isEmpty();

        SessionSummary renamed = As.user(fixture.owner, Courses.TRAINER, () -> sessions.session(session));
        asOwner(() -> sessions.update(session, draft("Otro título", renamed.starts().toLocalDate(), 11, "Museo"),
                renamed.version()));
        asOwner(() -> sessions.cancel(session));
        asOwner(() -> sessions.cancel(session));
        assertThat(changesOf(session)).extracting(SessionChanged::changes, SessionChanged::sequence).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Set.of(SessionChanged.Change.TIME, SessionChanged.Change.PLACE), 1),
                org.assertj.core.groups.Tuple.tuple(Set.of(SessionChanged.Change.CANCELLED), 2));
        assertThat(changesOf(session)).allSatisfy(change -> {
            assertThat(change.run()).isNotNull();
            assertThat(change.course()).isNotNull();
            assertThat(change.series()).isNull();
            assertThat(change.people()).as("the people registered are named, for their notice").containsExactly(seated);
        });
        assertThatThrownBy(() -> As.user(fixture.owner, Courses.TRAINER, () -> attendance.issueCode(session)))
                .hasMessage("error.programme.session-cancelled");
    }

    private List<SessionChanged> changesOf(SessionId session) {
        return events.stream(SessionChanged.class).filter(e -> e.session().equals(session)).toList();
    }

    /** A session in Oaxaca two days from now, 10:00 to 12:00 local time. */
    private SessionId soonSession(String title) {
        LocalDate day = ZonedDateTime.ofInstant(clock.instant(), VenueZones.of(MexicanState.OAX)).toLocalDate()
                .plusDays(2);
        return As.user(fixture.owner, Courses.TRAINER, () -> sessions.create(fixture.sureste,
                draft(title, day, 10, "Casa de la Cultura"))).id();
    }

    static SessionDraft draft(String title, LocalDate day, int hour, String venue) {
        return new SessionDraft(title, SessionKind.WORKSHOP, day, LocalTime.of(hour, 0), LocalTime.of(hour + 2, 0),
                venue, "Centro", "Oaxaca de Juárez", MexicanState.OAX, null, Set.of(), "", 0);
    }

    /** Moves the clock to five minutes before the session starts. */
    private void startOf(SessionId session) {
        Instant starts = As.user(fixture.owner, Courses.TRAINER, () -> sessions.session(session)).starts().toInstant();
        clock.advance(Duration.between(clock.instant(), starts.minus(Duration.ofMinutes(5))));
    }

    private List<String> registered(SessionId session, int count) {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String learner = member(fixture.sureste);
            As.user(learner, LEARNER, () -> registration.register(session));
            people.add(learner);
        }
        return people;
    }

    private String member(RunId run) {
        String learner = RunFixture.learner(accounts);
        As.user(learner, LEARNER, () -> runs.join(run));
        return learner;
    }

    private PersonId id(String username) {
        return RunFixture.id(accounts, username);
    }

    private void asOwner(Runnable work) {
        As.user(fixture.owner, Courses.TRAINER, work);
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String decode(BitMatrix matrix) throws Exception {
        int scale = 4;
        int width = matrix.getWidth() * scale;
        int height = matrix.getHeight() * scale;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, pixels)))).getText();
    }
}
