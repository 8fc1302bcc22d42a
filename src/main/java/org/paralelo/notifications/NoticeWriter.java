package org.paralelo.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paralelo.base.UtcDateTimes;
import org.paralelo.notifications.domain.NoticeRepository;
import org.paralelo.people.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one notice per recipient in one batch (a thread with 500 followers is one statement batch, not 500
 * round trips), skips people who already have a notice for the same cause (a replayed event), and refreshes the
 * recipients' open bells once the rows are committed. In the same transaction it queues the mail of those who
 * want this kind at once, and marks the notice for the daily digest of those who want it then.
 */
@Component
class NoticeWriter {

    static final int MAX_TEXT = 300;
    static final int MAX_ACTOR = 200;

    private final JdbcTemplate jdbc;
    private final NoticeRepository notices;
    private final NoticeBroadcaster broadcaster;
    private final MailPreferences preferences;
    private final NoticeMails mails;
    private final Clock clock;

    NoticeWriter(JdbcTemplate jdbc, NoticeRepository notices, NoticeBroadcaster broadcaster,
                 MailPreferences preferences, NoticeMails mails, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.broadcaster = broadcaster;
        this.preferences = preferences;
        this.mails = mails;
        this.clock = clock;
    }

    /** {@code facts} hold what the app's own words are made of, so they can follow the reader's language. */
    record Notice(NoticeKind kind, String sourceKey, String actorName, String subject, String excerpt, String link,
                  NoticeFacts facts) {

        /** A notice whose words are all in its texts (people's words, and a headline made when it is shown). */
        Notice(NoticeKind kind, String sourceKey, String actorName, String subject, String excerpt, String link) {
            this(kind, sourceKey, actorName, subject, excerpt, link, NoticeFacts.NONE);
        }
    }

    /** Returns how many notices were written. */
    @Transactional(propagation = Propagation.MANDATORY)
    int write(Collection<PersonId> recipients, Notice notice) {
        if (recipients.isEmpty()) {
            return 0;
        }
        Set<Long> people = new HashSet<>();
        recipients.forEach(p -> people.add(p.value()));
        people.removeAll(notices.findAlreadyNoticed(notice.sourceKey(), people));
        if (people.isEmpty()) {
            return 0;
        }
        // As a UTC date-time, the way Hibernate (hibernate.jdbc.time_zone=UTC) reads NoticeRow.createdAt back: a
        // java.sql.Timestamp would be written in the JVM's zone and read hours off where that is not UTC.
        LocalDateTime now = UtcDateTimes.of(Instant.now(clock));
        Map<Long, MailFrequency> frequencies = preferences.frequencies(notice.kind().mailKind(), people);
        Notice cut = new Notice(notice.kind(), notice.sourceKey(), cut(notice.actorName(), MAX_ACTOR),
                cut(notice.subject(), MAX_TEXT), cut(notice.excerpt(), MAX_TEXT), cut(notice.link(), MAX_TEXT),
                notice.facts());
        String facts = notice.facts().encode();
        List<Object[]> rows = new ArrayList<>(people.size());
        List<Long> mailNow = new ArrayList<>();
        for (long person : people) {
            MailFrequency frequency = frequencies.get(person);
            rows.add(new Object[] {person, cut.kind().name(), cut.sourceKey(), cut.actorName(), cut.subject(),
                cut.excerpt(), cut.link(), facts, now, frequency == MailFrequency.DAILY_DIGEST});
            if (frequency == MailFrequency.IMMEDIATELY) {
                mailNow.add(person);
            }
        }
        jdbc.batchUpdate("""
                insert into notice (person_id, kind, source_key, actor_name, subject, excerpt, link, facts,
                                    created_at, digest_pending)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        mails.sendNow(mailNow, cut);
        broadcaster.changedAfterCommit(people.stream().map(PersonId::new).toList());
        return people.size();
    }

    /** One line of at most {@code max} characters; a longer text ends in "…", never in half a character. */
    static String cut(String text, int max) {
        String plain = text.replaceAll("\\p{Cntrl}", " ").strip();
        if (plain.length() <= max) {
            return plain;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(plain.charAt(end - 1))) {
            end--;
        }
        return plain.substring(0, end) + "…";
    }
}
