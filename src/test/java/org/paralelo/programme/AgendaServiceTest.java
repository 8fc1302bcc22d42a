package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** "Mi agenda" and the iCalendar feed, through the real services, database and security filter chain. */
@ParaleloSpringTest
@Tag("persistence")
class AgendaServiceTest {

    static final String[] LEARNER = LearningFixture.LEARNER;
    static final LocalDate NEXT_YEAR = SessionServiceTest.NEXT_YEAR;

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SessionService sessions;
    @Autowired SessionRegistrationService registration;
    @Autowired AgendaService agenda;
    @Autowired WebApplicationContext web;
    @Autowired AgendaDatesService dates;
    @Autowired java.time.Clock clock;

    RunFixture fixture;
    MockMvc mvc;

    @BeforeEach
    void aCourseWithTwoRuns() {
        fixture = new RunFixture(accounts, authoring, publishing, runs);
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @Test
    void a_person_sees_only_the_upcoming_sessions_of_their_own_run_in_time_order_with_cancelled_ones_flagged() {
        SessionId later = session(fixture.sureste, "Mercadotecnia cultural", NEXT_YEAR.plusDays(7), MexicanState.OAX);
        SessionId sooner = session(fixture.sureste, "Gestión de proyectos", NEXT_YEAR, MexicanState.BCN);
        SessionId cancelled = session(fixture.sureste, "Taller suspendido", NEXT_YEAR.plusDays(3), MexicanState.OAX);
        SessionId elsewhere = session(fixture.norte, "Taller del norte", NEXT_YEAR, MexicanState.SON);
        As.user(fixture.owner, Courses.TRAINER, () -> sessions.cancel(cancelled));
        String member = member(fixture.sureste);
        String other = member(fixture.norte);
        As.user(member, LEARNER, () -> registration.register(sooner));

        List<AgendaEntry> mine = As.user(member, LEARNER, () -> agenda.myUpcoming());

        assertThat(mine).extracting(e -> e.session().id()).containsExactly(sooner, cancelled, later);
        assertThat(mine).extracting(AgendaEntry::cancelled).containsExactly(false, true, false);
        assertThat(mine.getFirst().registration()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(mine.get(2).registration()).isNull();
        assertThat(mine.getFirst().runName()).isEqualTo("Región Sureste 2027-1");
        assertThat(mine.getFirst().session().zone().getId()).isEqualTo("America/Tijuana");
        assertThat(mine.getFirst().path()).isEqualTo(ProgrammePaths.chooseRun(fixture.course) + "#session-"
                + sooner.value());
        assertThat(As.user(other, LEARNER, () -> agenda.myUpcoming())).extracting(e -> e.session().id())
                .containsExactly(elsewhere);
        assertThat(As.user(RunFixture.learner(accounts), LEARNER, () -> agenda.myUpcoming())).isEmpty();
        assertThatThrownBy(() -> As.anonymous(() -> agenda.myUpcoming()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void the_feed_keeps_each_sessions_uid_raises_its_sequence_on_a_change_and_marks_a_cancellation() throws Exception {
        SessionId moved = session(fixture.sureste, "Gestión de proyectos", NEXT_YEAR, MexicanState.BCN);
        SessionId cancelled = session(fixture.sureste, "Taller; suspendido, con comas", NEXT_YEAR.plusDays(3),
                MexicanState.OAX);
        session(fixture.norte, "Taller del norte", NEXT_YEAR, MexicanState.SON);
        String member = member(fixture.sureste);
        String url = As.user(member, LEARNER, () -> agenda.renewMyFeed());
        assertThat(url).matches("http://localhost:\\d+/calendario/[A-Za-z0-9_-]{43}\\.ics");

        Calendar before = parse(fetch(url));
        VEvent first = event(before, moved);
        assertThat(first.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
        // Only the two sessions of the member's run; agenda dates (other runs' enrolment windows) come as "date-".
        assertThat(before.<VEvent>getComponents("VEVENT")).filteredOn(e -> e.getProperty(Property.UID).orElseThrow()
                .getValue().startsWith("session-")).hasSize(2);

        SessionSummary summary = As.user(fixture.owner, Courses.TRAINER, () -> sessions.session(moved));
        As.user(fixture.owner, Courses.TRAINER, () -> sessions.update(moved, draft("Gestión de proyectos",
                NEXT_YEAR, LocalTime.of(16, 0), MexicanState.BCN), summary.version()));
        As.user(fixture.owner, Courses.TRAINER, () -> sessions.cancel(cancelled));

        Calendar after = parse(fetch(url));
        VEvent changed = event(after, moved);
        String host = URI.create(url).getHost();
        assertThat(changed.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(first.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo("session-" + moved.value() + "@" + host);
        assertThat(changed.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(changed.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        Property start = changed.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/Tijuana");
        assertThat(start.getValue()).isEqualTo(NEXT_YEAR.toString().replace("-", "") + "T160000");
        assertThat(changed.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Gestión de proyectos");
        assertThat(changed.getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo("Casa de la Cultura, Centro, Municipio, Baja California");
        assertThat(changed.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .startsWith("Región Sureste 2027-1");
        assertThat(changed.getProperty(Property.URL).orElseThrow().getValue())
                .endsWith(ProgrammePaths.chooseRun(fixture.course) + "#session-" + moved.value());

        VEvent gone = event(after, cancelled);
        assertThat(gone.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(gone.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(gone.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Taller; suspendido, con comas");
        assertThat(after.getComponents("VTIMEZONE")).map(c -> ((VTimeZone) c).getTimeZoneId().getValue())
                .containsExactlyInAnyOrder("America/Tijuana", "America/Mexico_City");
        VTimeZone tijuana = after.<VTimeZone>getComponents("VTIMEZONE").stream()
                .filter(z -> z.getTimeZoneId().getValue().equals("America/Tijuana")).findFirst().orElseThrow();
        assertThat(tijuana.getObservances()).extracting(o -> o.getName())
                .containsExactlyInAnyOrder("DAYLIGHT", "STANDARD");
        after.validate();
    }

    @Test
    void a_renewed_or_revoked_feed_address_and_a_made_up_one_answer_not_found() throws Exception {
        session(fixture.sureste, "Gestión de proyectos", NEXT_YEAR, MexicanState.OAX);
        String member = member(fixture.sureste);
        assertThat(As.user(member, LEARNER, () -> agenda.myFeedUrl())).isEmpty();
        String first = As.user(member, LEARNER, () -> agenda.renewMyFeed());
        assertThat(As.user(member, LEARNER, () -> agenda.myFeedUrl())).contains(first);
        MockHttpServletResponse ok = response(first);
        assertThat(ok.getStatus()).isEqualTo(200);
        MediaType type = MediaType.parseMediaType(ok.getContentType());
        assertThat(type.isCompatibleWith(MediaType.parseMediaType("text/calendar"))).isTrue();
        assertThat(type.getCharset()).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ok.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        String second = As.user(member, LEARNER, () -> agenda.renewMyFeed());
        assertThat(second).isNotEqualTo(first);
        assertThat(response(first).getStatus()).isEqualTo(404);
        assertThat(response(second).getStatus()).isEqualTo(200);

        As.user(member, LEARNER, () -> agenda.revokeMyFeed());
        assertThat(response(second).getStatus()).isEqualTo(404);
        assertThat(As.user(member, LEARNER, () -> agenda.myFeedUrl())).isEmpty();
        assertThat(response("http://localhost/calendario/nada.ics").getStatus()).isEqualTo(404);
        assertThat(response("http://localhost/calendario/" + "A".repeat(43) + ".ics").getStatus()).isEqualTo(404);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(URI.create(URI.create(second).getPath()))).andReturn().getResponse().getStatus())
                .isIn(401, 403, 404, 405);
    }

    @Test
    void a_sessions_ics_file_is_the_same_event_as_in_the_feed_and_a_runs_file_lists_all_its_sessions()
            throws Exception {
        SessionId kept = session(fixture.sureste, "Gestión de proyectos", NEXT_YEAR, MexicanState.BCN);
        SessionId cancelled = session(fixture.sureste, "Taller suspendido", NEXT_YEAR.plusDays(3), MexicanState.OAX);
        session(fixture.norte, "Taller del norte", NEXT_YEAR, MexicanState.SON);
        As.user(fixture.owner, Courses.TRAINER, () -> sessions.cancel(cancelled));
        String member = member(fixture.sureste);
        VEvent inFeed = event(parse(fetch(As.user(member, LEARNER, () -> agenda.renewMyFeed()))), kept);

        Calendar one = parse(As.user(member, LEARNER, () -> agenda.sessionCalendar(kept)));
        one.validate();
        assertThat(one.getComponents("VEVENT")).hasSize(1);
        VEvent alone = event(one, kept);
        for (String property : List.of(Property.UID, Property.SEQUENCE, Property.DTSTART, Property.DTEND,
                Property.SUMMARY, Property.LOCATION, Property.STATUS)) {
            assertThat(alone.getProperty(property).orElseThrow().getValue()).as(property)
                    .isEqualTo(inFeed.getProperty(property).orElseThrow().getValue());
        }
        assertThat(one.getComponents("VTIMEZONE")).map(c -> ((VTimeZone) c).getTimeZoneId().getValue())
                .containsExactly("America/Tijuana");

        Calendar gone = parse(As.user(member, LEARNER, () -> agenda.sessionCalendar(cancelled)));
        assertThat(event(gone, cancelled).getProperty(Property.STATUS).orElseThrow().getValue())
                .isEqualTo("CANCELLED");
        assertThat(event(gone, cancelled).getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");

        Calendar run = parse(As.user(member, LEARNER, () -> agenda.runCalendar(fixture.sureste)));
        run.validate();
        assertThat(run.<VEvent>getComponents("VEVENT")).extracting(e -> e.getProperty(Property.SUMMARY)
                .orElseThrow().getValue()).containsExactly("Gestión de proyectos", "Taller suspendido");
        assertThat(run.getComponents("VTIMEZONE")).map(c -> ((VTimeZone) c).getTimeZoneId().getValue())
                .containsExactlyInAnyOrder("America/Tijuana", "America/Mexico_City");
    }

    @Test
    void enrolment_dates_still_ahead_are_listed_for_people_who_could_join_and_not_for_members_of_the_course() {
        java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String name = "Región Centro " + System.nanoTime();
        As.user(fixture.owner, Courses.TRAINER, () -> runs.create(fixture.course, new RunDraft(name, Set.of(),
                NEXT_YEAR, NEXT_YEAR.plusMonths(3), Set.of(), null, true, now.plus(java.time.Duration.ofDays(2)),
                now.plus(java.time.Duration.ofDays(10)), RunMode.ONLINE)));
        As.user(fixture.owner, Courses.TRAINER, () -> runs.create(fixture.course, new RunDraft(name + " cerrada",
                Set.of(), NEXT_YEAR, NEXT_YEAR.plusMonths(3), Set.of(), null, true,
                now.minus(java.time.Duration.ofDays(10)), now.minus(java.time.Duration.ofDays(2)), RunMode.ONLINE)));
        String outsider = RunFixture.learner(accounts);

        List<AgendaDate> found = As.user(outsider, LEARNER, () -> dates.myDates());

        assertThat(found).filteredOn(d -> d.title().startsWith(name)).extracting(AgendaDate::kind, AgendaDate::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AgendaDate.Kind.ENROLMENT_OPENS,
                                now.plus(java.time.Duration.ofDays(2))),
                        org.assertj.core.groups.Tuple.tuple(AgendaDate.Kind.ENROLMENT_CLOSES,
                                now.plus(java.time.Duration.ofDays(10))));
        assertThat(found).filteredOn(d -> d.title().equals(name)).allSatisfy(d -> {
            assertThat(d.path()).isEqualTo(ProgrammePaths.chooseRun(fixture.course));
            assertThat(d.context()).isNotBlank();
        });
        assertThat(found).extracting(AgendaDate::at).isSorted();
        assertThat(As.user(member(fixture.sureste), LEARNER, () -> dates.myDates()))
                .noneMatch(d -> d.title().startsWith(name));
        assertThatThrownBy(() -> As.anonymous(() -> dates.myDates()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void the_feed_carries_enrolment_windows_a_person_could_join_as_events_with_stable_uids_and_not_a_members()
            throws Exception {
        java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String name = "Región Bajío " + System.nanoTime();
        RunId window = As.user(fixture.owner, Courses.TRAINER, () -> runs.create(fixture.course,
                new RunDraft(name, Set.of(), NEXT_YEAR, NEXT_YEAR.plusMonths(3), Set.of(), null, true,
                        now.plus(java.time.Duration.ofDays(3)), now.plus(java.time.Duration.ofDays(9)),
                        RunMode.ONLINE)));
        String outsider = RunFixture.learner(accounts);
        String member = member(fixture.sureste);
        String prefix = "date-run-" + window.value() + "-";

        Calendar outsiders = parse(fetch(As.user(outsider, LEARNER, () -> agenda.renewMyFeed())));

        List<VEvent> dated = outsiders.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().startsWith(prefix)).toList();
        assertThat(dated).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .containsExactlyInAnyOrder(prefix + "opens@localhost", prefix + "closes@localhost");
        assertThat(dated).extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .containsExactlyInAnyOrder("Abre la inscripción: " + name, "Cierra la inscripción: " + name);
        assertThat(dated).allSatisfy(e -> assertThat(e.getProperty(Property.URL).orElseThrow().getValue())
                .endsWith(ProgrammePaths.chooseRun(fixture.course)));
        outsiders.validate();
        assertThat(parse(fetch(As.user(member, LEARNER, () -> agenda.renewMyFeed()))).<VEvent>getComponents(
                "VEVENT")).noneMatch(e -> e.getProperty(Property.UID).orElseThrow().getValue().startsWith(prefix));
    }

    @Test
    void a_window_is_listed_only_while_the_person_may_join_the_run_and_the_feed_lists_the_same_dates_as_the_screen()
            throws Exception {
        java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String name = "Región Golfo " + System.nanoTime();
        java.time.Instant opened = now.minus(java.time.Duration.ofDays(1));
        java.time.Instant closes = now.plus(java.time.Duration.ofDays(10));
        RunId full = As.user(fixture.owner, Courses.TRAINER, () -> runs.create(fixture.course, new RunDraft(
                name + " llena", Set.of(), NEXT_YEAR, NEXT_YEAR.plusMonths(3), Set.of(), 1, true, opened, closes,
                RunMode.ONLINE)));
        RunId roomy = As.user(fixture.owner, Courses.TRAINER, () -> runs.create(fixture.course, new RunDraft(
                name + " con lugar", Set.of(), NEXT_YEAR, NEXT_YEAR.plusMonths(3), Set.of(), 2, true, opened,
                closes, RunMode.ONLINE)));
        As.user(fixture.owner, Courses.TRAINER, () -> runs.create(fixture.course, new RunDraft(name + " por invitación",
                Set.of(), NEXT_YEAR, NEXT_YEAR.plusMonths(3), Set.of(), null, false, opened, closes, RunMode.ONLINE)));
        member(full);
        member(roomy);
        String outsider = RunFixture.learner(accounts);

        List<AgendaDate> screen = As.user(outsider, LEARNER, () -> dates.myDates());

        assertThat(screen).filteredOn(d -> d.title().startsWith(name)).extracting(AgendaDate::title, AgendaDate::kind)
                .as("the run with a seat left, only its closing (its opening is past); not the full one, nor the one"
                        + " without self-enrolment")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(name + " con lugar",
                        AgendaDate.Kind.ENROLMENT_CLOSES));
        assertThatThrownBy(() -> As.user(outsider, LEARNER, () -> runs.join(full)))
                .hasMessageContaining("error.programme.run-full");
        Calendar feed = parse(fetch(As.user(outsider, LEARNER, () -> agenda.renewMyFeed())));
        assertThat(feed.<VEvent>getComponents("VEVENT")).extracting(e -> e.getProperty(Property.UID).orElseThrow()
                .getValue()).filteredOn(uid -> uid.startsWith("date-"))
                .containsExactlyInAnyOrderElementsOf(screen.stream().map(d -> "date-" + d.key() + "@localhost")
                        .toList())
                .contains("date-run-" + roomy.value() + "-closes@localhost")
                .doesNotContain("date-run-" + full.value() + "-closes@localhost");

        String second = member(roomy);
        assertThat(As.user(RunFixture.learner(accounts), LEARNER, () -> dates.myDates()))
                .as("once its last seat is taken").noneMatch(d -> d.title().startsWith(name));
        assertThat(As.user(second, LEARNER, () -> dates.myDates())).as("a member of the course")
                .noneMatch(d -> d.title().startsWith(name));
    }

    @Test
    void an_enrolment_window_moved_keeps_its_uids_with_a_higher_sequence_each_time() throws Exception {
        java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String name = "Región Occidente " + System.nanoTime();
        RunDraft draft = new RunDraft(name, Set.of(), NEXT_YEAR, NEXT_YEAR.plusMonths(3), Set.of(), null, true,
                now.plus(java.time.Duration.ofDays(3)), now.plus(java.time.Duration.ofDays(9)), RunMode.ONLINE);
        RunId window = As.user(fixture.owner, Courses.TRAINER, () -> runs.create(fixture.course, draft));
        String outsider = RunFixture.learner(accounts);
        String closes = "date-run-" + window.value() + "-closes@localhost";
        String url = As.user(outsider, LEARNER, () -> agenda.renewMyFeed());
        VEvent before = dated(parse(fetch(url)), closes);

        moveWindow(window, draft, now.plus(java.time.Duration.ofDays(12)));
        VEvent moved = dated(parse(fetch(url)), closes);
        moveWindow(window, draft, now.plus(java.time.Duration.ofDays(15)));
        VEvent movedAgain = dated(parse(fetch(url)), closes);

        assertThat(moved.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isNotEqualTo(before.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertThat(sequence(moved)).isGreaterThan(sequence(before));
        assertThat(sequence(movedAgain)).isGreaterThan(sequence(moved));
        assertThat(sequence(dated(parse(fetch(url)), closes))).as("reading again changes nothing")
                .isEqualTo(sequence(movedAgain));
    }

    private void moveWindow(RunId run, RunDraft draft, java.time.Instant closesAt) {
        long version = As.user(fixture.owner, Courses.TRAINER, () -> runs.run(run)).version();
        As.user(fixture.owner, Courses.TRAINER, () -> runs.update(run, new RunDraft(draft.name(), draft.regionIds(),
                draft.startsOn(), draft.endsOn(), draft.trainers(), draft.capacity(), draft.selfEnrolment(),
                draft.opensAt(), closesAt, draft.mode()), version));
    }

    private static VEvent dated(Calendar feed, String uid) {
        return feed.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals(uid)).findFirst()
                .orElseThrow();
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }

    private SessionId session(RunId run, String title, LocalDate date, MexicanState state) {
        return As.user(fixture.owner, Courses.TRAINER, () -> sessions.create(run,
                draft(title, date, LocalTime.of(10, 0), state))).id();
    }

    private static SessionDraft draft(String title, LocalDate date, LocalTime start, MexicanState state) {
        return new SessionDraft(title, SessionKind.WORKSHOP, date, start, start.plusHours(2), "Casa de la Cultura",
                "Centro", "Municipio", state, null, Set.of(), "Agenda del taller", 0);
    }

    private String member(RunId run) {
        String learner = RunFixture.learner(accounts);
        As.user(learner, LEARNER, () -> runs.join(run));
        return learner;
    }

    private MockHttpServletResponse response(String url) throws Exception {
        return mvc.perform(get(URI.create(URI.create(url).getPath()))).andReturn().getResponse();
    }

    private String fetch(String url) throws Exception {
        MockHttpServletResponse response = response(url);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Calendar parse(String ics) throws Exception {
        assertThat(ics).contains("\r\n");
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(Calendar calendar, SessionId session) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().startsWith("session-"
                        + session.value() + "@")).findFirst().orElseThrow();
    }
}
