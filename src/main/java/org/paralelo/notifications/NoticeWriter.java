package org.paralelo.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.paralelo.notifications.domain.NoticeRepository;
import org.paralelo.people.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one notice per recipient in one batch (a thread with 500 followers is one statement batch, not 500
 * round trips), skips people who already have a notice for the same cause (a replayed event), and refreshes the
 * recipients' open bells once the rows are committed.
 */
@Component
class NoticeWriter {

    static final int MAX_TEXT = 300;
    static final int MAX_ACTOR = 200;

    private final JdbcTemplate jdbc;
    private final NoticeRepository notices;
    private final NoticeBroadcaster broadcaster;
    private final Clock clock;

    NoticeWriter(JdbcTemplate jdbc, NoticeRepository notices, NoticeBroadcaster broadcaster, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    record Notice(NoticeKind kind, String sourceKey, String actorName, String subject, String excerpt, String link) {
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
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> rows = new ArrayList<>(people.size());
        for (long person : people) {
            rows.add(new Object[] {person, notice.kind().name(), notice.sourceKey(), cut(notice.actorName(), MAX_ACTOR),
                cut(notice.subject(), MAX_TEXT), cut(notice.excerpt(), MAX_TEXT), cut(notice.link(), MAX_TEXT), now});
        }
        jdbc.batchUpdate("""
                insert into notice (person_id, kind, source_key, actor_name, subject, excerpt, link, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        broadcaster.changedAfterCommit(people.stream().map(PersonId::new).toList());
        return people.size();
    }

    private static String cut(String text, int max) {
        String plain = text.replaceAll("\\p{Cntrl}", " ").strip();
        return plain.length() <= max ? plain : plain.substring(0, max - 1) + "…";
    }
}
