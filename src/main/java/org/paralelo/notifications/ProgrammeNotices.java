package org.paralelo.notifications;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.paralelo.base.Languages;
import org.paralelo.base.SystemTask;
import org.paralelo.people.MailContact;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.programme.SessionChanged;
import org.paralelo.programme.SessionTimes;
import org.paralelo.programme.WaitListMoved;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people registered or waiting for an on-site session (of a run or a debate series) that it moved or
 * was cancelled: a notice pointing at Mi agenda, by mail at once unless they chose otherwise. The cause is the
 * session and its iCalendar sequence, so a replayed event writes nothing twice and each real change is told.
 * Each reader gets the excerpt in their own language (date, time and zone name), in the app and in the mail.
 * People given a seat from the wait list, or sent back to it by a lower capacity (with their place), are told
 * once per move, with a link to the session in Mi agenda.
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
    private final MessageSource messages;

    ProgrammeNotices(NoticeWriter writer, PersonDirectory directory, MessageSource messages) {
        this.writer = writer;
        this.directory = directory;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(SessionChanged change) {
        NoticeKind kind = change.cancelled() ? NoticeKind.SESSION_CANCELLED : NoticeKind.SESSION_CHANGED;
        String cause = "session:" + change.session().value() + ":" + change.sequence();
        byLanguage(change.people()).forEach((tag, people) -> writer.write(people, new NoticeWriter.Notice(kind,
                cause, "", change.title(), excerpt(change.starts(), change.venue(), Languages.fromTag(tag)),
                ProgrammePaths.agenda())));
    }

    @ApplicationModuleListener
    void on(WaitListMoved moved) {
        String link = ProgrammePaths.agendaSession(moved.session());
        String at = moveKey(moved);
        byLanguage(moved.seated()).forEach((tag, people) -> writer.write(people, new NoticeWriter.Notice(
                NoticeKind.SEAT_GRANTED, "seat:" + at, "", moved.title(),
                excerpt(moved.starts(), moved.venue(), Languages.fromTag(tag)), link)));
        Map<PersonId, Integer> places = new java.util.HashMap<>();
        moved.waiting().forEach(w -> places.put(w.person(), w.place()));
        byLanguage(places.keySet()).forEach((tag, people) -> {
            Locale language = Languages.fromTag(tag);
            // Each person's place differs, so each gets their own notice.
            people.forEach(person -> writer.write(List.of(person), new NoticeWriter.Notice(
                    NoticeKind.MOVED_TO_WAIT_LIST, "waitlist:" + at, "", moved.title(),
                    messages.getMessage("notice.wait-list-place", new Object[] {places.get(person)}, language)
                            + " · " + excerpt(moved.starts(), moved.venue(), language), link)));
        });
    }

    /**
     * The move itself, not its millisecond: two moves of one session in the same millisecond are two notices, a
     * replay of one is none. Events stored before moves had an id keep the key they were told under then.
     */
    static String moveKey(WaitListMoved moved) {
        java.util.UUID move = moved.move();
        return move != null ? move.toString() : moved.session().value() + ":" + moved.at().toEpochMilli();
    }

    /**
     * Date and time as the venue reads them, then the zone by its name (people may live in another one), then
     * the venue, in the reader's language.
     */
    static String excerpt(ZonedDateTime starts, String venue, Locale language) {
        DateTimeFormatter when = language.equals(Languages.ENGLISH) ? ENGLISH : SPANISH;
        return when.format(starts) + " (" + SessionTimes.zoneName(starts.getZone(), language) + ") · " + venue;
    }

    /** The people told, by language tag; someone whose language is unknown reads the programme's, Spanish. */
    private Map<String, List<PersonId>> byLanguage(Set<PersonId> recipients) {
        if (recipients.isEmpty()) {
            return Map.of();
        }
        Map<PersonId, MailContact> contacts = SystemTask.call(() -> directory.mailContacts(recipients));
        Map<String, List<PersonId>> groups = new TreeMap<>();
        for (PersonId person : recipients) {
            MailContact contact = contacts.get(person);
            Locale language = contact == null ? Languages.SPANISH : contact.language();
            groups.computeIfAbsent(Languages.tag(language), tag -> new ArrayList<>()).add(person);
        }
        return groups;
    }
}
