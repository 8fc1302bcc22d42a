package org.paralelo.programme;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.paralelo.base.PublicUrl;
import org.paralelo.people.SystemTasks;
import org.paralelo.base.Translations;
import org.paralelo.courses.CourseId;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.paralelo.programme.domain.CalendarFeed;
import org.paralelo.programme.domain.CalendarFeedRepository;
import org.paralelo.programme.domain.ProgrammeSession;
import org.paralelo.programme.domain.ProgrammeSessionRepository;
import org.paralelo.programme.domain.Run;
import org.paralelo.programme.domain.Series;
import org.paralelo.programme.domain.SeriesRepository;
import org.paralelo.programme.domain.RunRepository;
import org.paralelo.programme.domain.SessionRegistrationRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mi agenda": the signed-in person's upcoming on-site sessions (of the runs they belong to, and those they
 * registered or wait for), and their iCalendar subscription. The feed's address carries a secret token (256 random
 * bits) instead of a sign-in, since calendar apps fetch it on their own; renewing the token ends the old address,
 * and revoking it ends the feed. The feed also carries the person's agenda dates (quiz closings, enrolment
 * windows), chosen by the same rules as on the page, for that person. Only the caller's own agenda and feed are
 * ever reachable here.
 */
@Service
@Transactional
public class AgendaService {

    /** Sessions that ended this long ago stay in the feed, so a calendar does not lose last week's workshop. */
    static final Duration FEED_KEEPS_PAST = Duration.ofDays(30);

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final ProgrammeSessionRepository sessions;
    private final SessionRegistrationRepository registrations;
    private final RunRepository runs;
    private final SeriesRepository series;
    private final CalendarFeedRepository feeds;
    private final ProfileService profiles;
    private final PersonDirectory directory;
    private final PublicUrl publicUrl;
    private final Translations translations;
    private final AgendaDatesService dates;
    private final SystemTasks systemTasks;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AgendaService(ProgrammeSessionRepository sessions, SessionRegistrationRepository registrations,
                  RunRepository runs, SeriesRepository series, CalendarFeedRepository feeds, ProfileService profiles,
                  PersonDirectory directory, PublicUrl publicUrl, Translations translations, AgendaDatesService dates,
                  SystemTasks systemTasks, Clock clock) {
        this.dates = dates;
        this.systemTasks = systemTasks;
        this.sessions = sessions;
        this.registrations = registrations;
        this.runs = runs;
        this.series = series;
        this.feeds = feeds;
        this.profiles = profiles;
        this.directory = directory;
        this.publicUrl = publicUrl;
        this.translations = translations;
        this.clock = clock;
    }

    /** The caller's sessions that have not ended yet, in time order; cancelled ones stay, marked as such. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AgendaEntry> myUpcoming() {
        long me = me();
        List<ProgrammeSession> found = sessions.findForPerson(me, clock.instant(), RegistrationStatus.CANCELLED);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Run> byId = runsOf(found);
        Map<Long, RegistrationStatus> mine = new HashMap<>();
        registrations.findByPersonIdAndSessionIdIn(me, found.stream().map(ProgrammeSession::getId).toList())
                .stream().filter(r -> r.getStatus() != RegistrationStatus.CANCELLED)
                .forEach(r -> mine.put(r.getSessionId(), r.getStatus()));
        List<SessionSummary> summaries = SessionSummaries.of(found, directory);
        Map<Long, Series> seriesById = seriesOf(found);
        return summaries.stream().map(s -> {
            RunId runId = s.run();
            if (runId == null) {
                SeriesId inSeries = Objects.requireNonNull(s.series());
                return new AgendaEntry(s, seriesById.get(inSeries.value()).getName(), null, mine.get(s.id().value()),
                        ProgrammePaths.series(inSeries));
            }
            Run run = byId.get(runId.value());
            CourseId course = new CourseId(run.getCourseId());
            return new AgendaEntry(s, run.getName(), course, mine.get(s.id().value()), path(course, s.id()));
        }).toList();
    }

    /** The caller's feed address, if they have one. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<String> myFeedUrl() {
        return feeds.findById(me()).map(f -> feedUrl(f.getToken()));
    }

    /** Gives the caller a feed address, or a new one in place of the old (which stops working at once). */
    @PreAuthorize("isAuthenticated()")
    public String renewMyFeed() {
        long me = me();
        String token = newToken();
        CalendarFeed feed = feeds.findById(me).orElse(null);
        if (feed == null) {
            feeds.saveAndFlush(new CalendarFeed(me, token, clock.instant()));
        } else {
            feed.renew(token, clock.instant());
            feeds.saveAndFlush(feed);
        }
        return feedUrl(token);
    }

    /** Ends the caller's feed: calendars subscribed to it get "not found" from now on. */
    @PreAuthorize("isAuthenticated()")
    public void revokeMyFeed() {
        feeds.findById(me()).ifPresent(feeds::delete);
    }

    /**
     * The iCalendar text of the feed with this token, for calendar apps that fetch it without signing in: the
     * token is the only key, so an unknown, malformed or revoked token finds nothing.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<String> feed(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return feeds.findByToken(token).map(feed -> {
            Instant now = clock.instant();
            List<ProgrammeSession> found = sessions.findForPerson(feed.getPersonId(), now.minus(FEED_KEEPS_PAST),
                    RegistrationStatus.CANCELLED);
            List<AgendaDate> dated = systemTasks.call(() -> dates.datesOf(new PersonId(feed.getPersonId())));
            return calendar(found, dated, now);
        });
    }

    /**
     * One session as an {@code .ics} file, for whoever may see it: the same VEVENT (UID, SEQUENCE, status) as in
     * the personal feed, so importing it and later subscribing does not give two copies.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canSeeSession(#id)")
    public String sessionCalendar(SessionId id) {
        return calendar(List.of(sessions.findById(id.value()).orElseThrow()), clock.instant());
    }

    /** Every session of a run, cancelled ones included (marked), as one {@code .ics} file. */
    @Transactional(readOnly = true)
    @PreAuthorize("@runAccess.canSee(#run)")
    public String runCalendar(RunId run) {
        return calendar(sessions.findByRunIdOrderByStartsAtAsc(run.value()), clock.instant());
    }

    private String calendar(List<ProgrammeSession> found, Instant now) {
        return calendar(found, List.of(), now);
    }

    private String calendar(List<ProgrammeSession> found, List<AgendaDate> dated, Instant now) {
        Map<Long, Run> byId = runsOf(found);
        Map<Long, Series> seriesById = seriesOf(found);
        String host = URI.create(publicUrl.base()).getHost();
        return IcsFeed.write(found, session -> {
            String state = translations.getTranslation(session.getVenueState().messageKey(), IcsFeed.LANGUAGE);
            if (session.isOfSeries()) {
                SeriesId inSeries = new SeriesId(Objects.requireNonNull(session.getSeriesId()));
                return new IcsFeed.Context(seriesById.get(inSeries.value()).getName(),
                        publicUrl.link(ProgrammePaths.series(inSeries)), state);
            }
            Run run = byId.get(session.getRunId());
            return new IcsFeed.Context(run.getName(),
                    publicUrl.link(path(new CourseId(run.getCourseId()), new SessionId(session.getId()))), state);
        }, dated, date -> new IcsFeed.DateContext(translations.getTranslation(date.kind().messageKey(),
                IcsFeed.LANGUAGE), publicUrl.link(date.path())), host, now);
    }

    private Map<Long, Run> runsOf(List<ProgrammeSession> found) {
        Map<Long, Run> byId = new HashMap<>();
        runs.findAllById(found.stream().filter(s -> !s.isOfSeries()).map(ProgrammeSession::getRunId).distinct()
                .toList()).forEach(r -> byId.put(r.getId(), r));
        return byId;
    }

    private Map<Long, Series> seriesOf(List<ProgrammeSession> found) {
        Map<Long, Series> byId = new HashMap<>();
        series.findAllById(found.stream().map(ProgrammeSession::getSeriesId).filter(Objects::nonNull).distinct()
                .toList()).forEach(s -> byId.put(s.getId(), s));
        return byId;
    }

    /** A session's place on its run's page for participants: the card with the session's id. */
    private static String path(CourseId course, SessionId session) {
        return ProgrammePaths.chooseRun(course) + "#session-" + session.value();
    }

    private String feedUrl(String token) {
        return publicUrl.link(ProgrammePaths.calendarFeed(token));
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private long me() {
        return profiles.myId().map(PersonId::value).orElseThrow();
    }
}
