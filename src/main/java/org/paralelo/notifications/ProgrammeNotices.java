package org.paralelo.notifications;

import java.time.format.DateTimeFormatter;
import org.paralelo.base.Languages;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.programme.SessionChanged;
import org.paralelo.programme.SessionTimes;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people registered or waiting for an on-site session (of a run or a debate series) that it moved or
 * was cancelled: a notice pointing at Mi agenda, by mail at once unless they chose otherwise. The cause is the
 * session and its iCalendar sequence, so a replayed event writes nothing twice and each real change is told.
 */
@Component
class ProgrammeNotices {

    /**
     * Date and time as the venue reads them, then the zone by its name (people may live in another one). One
     * excerpt is stored for everyone told, so it is in the programme's language, as the calendar feed is.
     */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final NoticeWriter writer;

    ProgrammeNotices(NoticeWriter writer) {
        this.writer = writer;
    }

    @ApplicationModuleListener
    void on(SessionChanged change) {
        NoticeKind kind = change.cancelled() ? NoticeKind.SESSION_CANCELLED : NoticeKind.SESSION_CHANGED;
        writer.write(change.people(), new NoticeWriter.Notice(kind,
                "session:" + change.session().value() + ":" + change.sequence(), "", change.title(),
                WHEN.format(change.starts()) + " (" + SessionTimes.zoneName(change.starts().getZone(),
                        Languages.SPANISH) + ") · " + change.venue(), ProgrammePaths.agenda()));
    }
}
