package org.paralelo.notifications.domain;

import java.time.Instant;
import java.util.List;
import org.paralelo.notifications.MailKind;
import org.paralelo.notifications.domain.OutboxMessage.Status;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The outbox. Every change of state is a conditional update that names the state it expects, so two workers
 * (or two nodes) can never both own a message: the second update finds the row changed and counts 0.
 */
public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    boolean existsByMessageId(String messageId);

    /** Due messages, and claims older than {@code staleBefore} whose worker died before finishing. */
    @Query("""
            select m.id from OutboxMessage m
            where (m.status = org.paralelo.notifications.domain.OutboxMessage.Status.PENDING
                   and m.nextAttemptAt <= :now)
               or (m.status = org.paralelo.notifications.domain.OutboxMessage.Status.SENDING
                   and m.claimedAt < :staleBefore)
            order by m.id""")
    List<Long> findClaimable(@Param("now") Instant now, @Param("staleBefore") Instant staleBefore, Pageable page);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMessage m
            set m.status = org.paralelo.notifications.domain.OutboxMessage.Status.SENDING, m.claimedAt = :now,
                m.claimedBy = :worker, m.attempts = m.attempts + 1
            where m.id = :id
              and ((m.status = org.paralelo.notifications.domain.OutboxMessage.Status.PENDING
                    and m.nextAttemptAt <= :now)
                or (m.status = org.paralelo.notifications.domain.OutboxMessage.Status.SENDING
                    and m.claimedAt < :staleBefore))""")
    int claim(@Param("id") long id, @Param("worker") String worker, @Param("now") Instant now,
              @Param("staleBefore") Instant staleBefore);

    /** Sent: the bodies (which may hold one-time links) are not kept. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMessage m
            set m.status = org.paralelo.notifications.domain.OutboxMessage.Status.SENT, m.sentAt = :now,
                m.textBody = null, m.htmlBody = null, m.claimedAt = null, m.lastError = null
            where m.id = :id and m.claimedBy = :worker
              and m.status = org.paralelo.notifications.domain.OutboxMessage.Status.SENDING""")
    int markSent(@Param("id") long id, @Param("worker") String worker, @Param("now") Instant now);

    /** A failed attempt: back to PENDING for a later try, or given up (FAILED, bodies cleared). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMessage m
            set m.status = :next, m.nextAttemptAt = :retryAt, m.lastError = :error, m.claimedAt = null,
                m.textBody = case when :next = org.paralelo.notifications.domain.OutboxMessage.Status.FAILED
                                  then null else m.textBody end,
                m.htmlBody = case when :next = org.paralelo.notifications.domain.OutboxMessage.Status.FAILED
                                  then null else m.htmlBody end
            where m.id = :id and m.claimedBy = :worker
              and m.status = org.paralelo.notifications.domain.OutboxMessage.Status.SENDING""")
    int markFailed(@Param("id") long id, @Param("worker") String worker, @Param("next") Status next,
                   @Param("retryAt") Instant retryAt, @Param("error") String error);

    /** Drops a claimed message whose person no longer wants its kind. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMessage m
            set m.status = org.paralelo.notifications.domain.OutboxMessage.Status.DROPPED, m.claimedAt = null,
                m.textBody = null, m.htmlBody = null
            where m.id = :id and m.claimedBy = :worker
              and m.status = org.paralelo.notifications.domain.OutboxMessage.Status.SENDING""")
    int markDropped(@Param("id") long id, @Param("worker") String worker);

    /** Unsubscribing drops what is still waiting, not only what comes later. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMessage m
            set m.status = org.paralelo.notifications.domain.OutboxMessage.Status.DROPPED,
                m.textBody = null, m.htmlBody = null
            where m.personId = :person and m.kind = :kind
              and m.status = org.paralelo.notifications.domain.OutboxMessage.Status.PENDING""")
    int dropPending(@Param("person") long person, @Param("kind") MailKind kind);

    long countByStatus(Status status);
}
