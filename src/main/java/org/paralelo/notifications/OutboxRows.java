package org.paralelo.notifications;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paralelo.base.UtcDateTimes;
import org.paralelo.notifications.domain.OutboxMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes new outbox rows in one JDBC statement batch, in the caller's transaction: as many mails as a thread has
 * followers, without a persistence context that grows (and is flush-checked before every query) with each one.
 */
@Component
class OutboxRows {

    /** Message ids asked about per query; far below what H2 and MariaDB accept in an {@code in} list. */
    private static final int LOOKUP_CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    OutboxRows(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Which of these message ids are queued already (a replayed event). */
    @Transactional(propagation = Propagation.MANDATORY)
    Set<String> existing(Collection<String> messageIds) {
        List<String> ids = List.copyOf(messageIds);
        Set<String> found = new HashSet<>();
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            found.addAll(named.queryForList("select message_id from mail_outbox where message_id in (:ids)",
                    Map.of("ids", ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK))), String.class));
        }
        return found;
    }

    /** Inserts messages built (and checked) as entities but not persisted through JPA. */
    @Transactional(propagation = Propagation.MANDATORY)
    void insert(List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(messages.size());
        for (OutboxMessage m : messages) {
            rows.add(new Object[] {m.getPersonId(), m.getKind().name(), m.getRecipient(), m.getSubject(),
                m.getTextBody(), m.getHtmlBody(), m.getListUnsubscribe(), m.getMessageId(), m.getStatus().name(),
                m.getAttempts(), UtcDateTimes.of(m.getNextAttemptAt()), UtcDateTimes.of(m.getCreatedAt())});
        }
        jdbc.batchUpdate("""
                insert into mail_outbox (person_id, kind, recipient, subject, text_body, html_body, list_unsubscribe,
                                         message_id, status, attempts, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }
}
