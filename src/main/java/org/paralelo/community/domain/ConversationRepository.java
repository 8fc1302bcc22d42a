package org.paralelo.community.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConversationRepository extends JpaRepository<ConversationRow, Long> {

    Optional<ConversationRow> findByPersonAAndPersonB(long personA, long personB);

    /** The conversation row locked for a new message, so read positions and the last message stay in step. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ConversationRow c where c.id = :id")
    Optional<ConversationRow> lockById(@Param("id") long id);

    @Query("""
            select c from ConversationRow c where (c.personA = :me or c.personB = :me) and c.lastMessageId > 0
            order by c.lastMessageAt desc, c.id desc""")
    List<ConversationRow> findMine(@Param("me") long me, Pageable page);

    @Query("select count(c) from ConversationRow c where (c.personA = :me or c.personB = :me) and c.lastMessageId > 0")
    long countMine(@Param("me") long me);
}
