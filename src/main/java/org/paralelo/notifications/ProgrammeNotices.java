package org.paralelo.notifications;

import java.util.List;
import org.paralelo.base.Languages;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.programme.SessionChanged;
import org.paralelo.programme.WaitListMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people registered or waiting for an on-site session (of a run or a debate series) that it moved or
 * was cancelled: a notice pointing at Mi agenda, by mail at once unless they chose otherwise. The cause is the
 * session and its iCalendar sequence, so a replayed event writes nothing twice and each real change is told.
 * The notice keeps the session's facts (start, venue zone, venue, place on the wait list), so each reader sees
 * date, time and zone name in their language of the moment ({@link NoticeTexts}); the stored excerpt is the
 * Spanish one, for whatever reads the row without its facts. People given a seat from the wait list, or sent
 * back to it by a lower capacity (with their place), are told once per move, with a link to the session.
 */
@Component
class ProgrammeNotices {

    private final NoticeWriter writer;
    private final NoticeTexts texts;

    ProgrammeNotices(NoticeWriter writer, NoticeTexts texts) {
        this.writer = writer;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(SessionChanged change) {
        NoticeKind kind = change.cancelled() ? NoticeKind.SESSION_CANCELLED : NoticeKind.SESSION_CHANGED;
        String cause = "session:" + change.session().value() + ":" + change.sequence();
        writer.write(change.people(), notice(kind, cause, change.title(),
                NoticeFacts.session(change.starts(), change.venue()), ProgrammePaths.agenda()));
    }

    @ApplicationModuleListener
    void on(WaitListMoved moved) {
        String link = ProgrammePaths.agendaSession(moved.session());
        String at = moveKey(moved);
        NoticeFacts session = NoticeFacts.session(moved.starts(), moved.venue());
        writer.write(moved.seated(), notice(NoticeKind.SEAT_GRANTED, "seat:" + at, moved.title(), session, link));
        // Each person's place differs, so each gets their own notice.
        moved.waiting().forEach(waiting -> writer.write(List.of(waiting.person()), notice(
                NoticeKind.MOVED_TO_WAIT_LIST, "waitlist:" + at, moved.title(), session.withPlace(waiting.place()),
                link)));
    }

    private NoticeWriter.Notice notice(NoticeKind kind, String cause, String title, NoticeFacts facts, String link) {
        String spanish = texts.excerpt(kind, "", facts.encode(), Languages.SPANISH);
        return new NoticeWriter.Notice(kind, cause, "", title, spanish, link, facts);
    }

    /**
     * The move itself, not its millisecond: two moves of one session in the same millisecond are two notices, a
     * replay of one is none. Events stored before moves had an id keep the key they were told under then.
     */
    static String moveKey(WaitListMoved moved) {
        java.util.UUID move = moved.move();
        return move != null ? move.toString() : moved.session().value() + ":" + moved.at().toEpochMilli();
    }
}
