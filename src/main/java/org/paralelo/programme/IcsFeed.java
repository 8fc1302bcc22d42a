package org.paralelo.programme;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.validate.ValidationException;
import org.paralelo.base.Languages;
import org.paralelo.programme.domain.ProgrammeSession;

/**
 * Sessions (and a person's agenda dates) as an RFC 5545 calendar. Each session is one VEVENT whose UID never changes
 * ({@code session-<id>@<host>}); its SEQUENCE counts the changes of time or place and the cancellation, so a
 * calendar replaces its copy, and a cancelled session stays with STATUS:CANCELLED rather than vanishing. Times are
 * the venue's local times with the venue's TZID, each zone described once by a VTIMEZONE.
 */
final class IcsFeed {

    /** The language of the feed's few words (the venue's state): the programme's own. */
    static final Locale LANGUAGE = Languages.SPANISH;

    /** What the feed says about a session beyond the session itself. */
    record Context(String runName, String url, String stateName) {
    }

    private IcsFeed() {
    }

    /** What the feed says about an agenda date: its label in the feed's language and its page's full address. */
    record DateContext(String label, String url) {
    }

    static String write(List<ProgrammeSession> sessions, Function<ProgrammeSession, Context> context, String host,
                        Instant now) {
        return write(sessions, context, List.of(), date -> new DateContext("", ""), host, now);
    }

    /**
     * Sessions and agenda dates (quiz closings, enrolment windows). A date is a moment, so its VEVENT has a start
     * in UTC and no end; its UID names the run or the quiz ({@code date-<key>@<host>}), never the moment, and its
     * SEQUENCE grows with the run's edits or the course's published version, so a date that moves replaces its old
     * copy.
     */
    static String write(List<ProgrammeSession> sessions, Function<ProgrammeSession, Context> context,
                        List<AgendaDate> dates, Function<AgendaDate, DateContext> dateContext, String host,
                        Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Paralelo//Mi agenda//ES"));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        Set<ZoneId> zones = new LinkedHashSet<>();
        sessions.forEach(s -> zones.add(s.getStarts().getZone()));
        zones.forEach(zone -> calendar.add(IcsTimezones.of(zone)));
        for (ProgrammeSession session : sessions) {
            calendar.add(event(session, context.apply(session), host, now));
        }
        for (AgendaDate date : dates) {
            calendar.add(event(date, dateContext.apply(date), host, now));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("calendar not valid", e);
        }
        return out.toString();
    }

    private static VEvent event(ProgrammeSession session, Context context, String host, Instant now) {
        VEvent event = new VEvent(false);
        event.add(new Uid("session-" + session.getId() + "@" + host));
        event.add(new DtStamp(now));
        event.add(new DtStart<>(zoned(session.getStarts()), IcsTimezones.LOCAL.format(session.getStarts())));
        event.add(new DtEnd<>(zoned(session.getEnds()), IcsTimezones.LOCAL.format(session.getEnds())));
        event.add(new Sequence(session.getSequence()));
        event.add(new Status(session.getCancelledAt() != null ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Summary(session.getTitle()));
        event.add(new Location(String.join(", ", session.getVenueName(), session.getVenueAddress(),
                session.getVenueMunicipality(), context.stateName())));
        String agenda = session.getAgenda().strip();
        event.add(new Description(agenda.isEmpty() ? context.runName() : context.runName() + "\n\n" + agenda));
        event.add(new Url(URI.create(context.url())));
        return event;
    }

    private static VEvent event(AgendaDate date, DateContext context, String host, Instant now) {
        VEvent event = new VEvent(false);
        event.add(new Uid("date-" + date.key() + "@" + host));
        event.add(new DtStamp(now));
        event.add(new DtStart<>(date.at()));
        event.add(new Sequence(date.sequence()));
        event.add(new Status(Status.VALUE_CONFIRMED));
        event.add(new Summary(context.label() + ": " + date.title()));
        event.add(new Description(date.context()));
        event.add(new Url(URI.create(context.url())));
        return event;
    }

    private static ParameterList zoned(ZonedDateTime time) {
        return new ParameterList(List.of(new TzId(time.getZone().getId())));
    }
}
