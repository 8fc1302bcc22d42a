package org.paralelo.notifications;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.paralelo.base.Languages;
import org.paralelo.base.SystemTask;
import org.paralelo.people.MailContact;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.programme.SessionChanged;
import org.paralelo.programme.SessionTimes;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people registered or waiting for an on-site session (of a run or a debate series) that it moved or
 * was cancelled: a notice pointing at Mi agenda, by mail at once unless they chose otherwise. The cause is the
 * session and its iCalendar sequence, so a replayed event writes nothing twice and each real change is told.
 * Each reader gets the excerpt in their own language (date, time and zone name), in the app and in the mail.
 */
@Component
class ProgrammeNotices {

    /** A notice is read days later: the weekday and the full date, the time as each language writes it. */
    private static final DateTimeFormatter SPANISH = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy, HH:mm",
            Languages.SPANISH);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy, h:mm a",
            Languages.ENGLISH);

    private final NoticeWriter writer;
    private final PersonDirectory directory;

    ProgrammeNotices(NoticeWriter writer, PersonDirectory directory) {
        this.writer = writer;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(SessionChanged change) {
        NoticeKind kind = change.cancelled() ? NoticeKind.SESSION_CANCELLED : NoticeKind.SESSION_CHANGED;
        String cause = "session:" + change.session().value() + ":" + change.sequence();
        byLanguage(change).forEach((tag, people) -> writer.write(people, new NoticeWriter.Notice(kind, cause, "",
                change.title(), excerpt(change, Languages.fromTag(tag)), ProgrammePaths.agenda())));
    }

    /**
     * Date and time as the venue reads them, then the zone by its name (people may live in another one), then
     * the venue, in the reader's language.
     */
    static String excerpt(SessionChanged change, Locale language) {
        DateTimeFormatter when = language.equals(Languages.ENGLISH) ? ENGLISH : SPANISH;
        return when.format(change.starts()) + " (" + SessionTimes.zoneName(change.starts().getZone(), language)
                + ") · " + change.venue();
    }

    /** The people told, by language tag; someone whose language is unknown reads the programme's, Spanish. */
    private Map<String, List<PersonId>> byLanguage(SessionChanged change) {
        Map<PersonId, MailContact> contacts = SystemTask.call(() -> directory.mailContacts(change.people()));
        Map<String, List<PersonId>> groups = new TreeMap<>();
        for (PersonId person : change.people()) {
            MailContact contact = contacts.get(person);
            Locale language = contact == null ? Languages.SPANISH : contact.language();
            groups.computeIfAbsent(Languages.tag(language), tag -> new ArrayList<>()).add(person);
        }
        return groups;
    }
}
