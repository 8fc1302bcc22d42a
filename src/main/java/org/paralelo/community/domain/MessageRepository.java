package org.paralelo.community.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MessageRepository extends JpaRepository<MessageRow, Long> {

    /** Newest first, older than {@code before}: the conversation screen reverses a page for display. */
    @Query("""
            select m from MessageRow m where m.conversationId = :conversation and m.id < :before
            order by m.id desc""")
    List<MessageRow> findPage(@Param("conversation") long conversation, @Param("before") long before, Pageable page);

    @Query("""
            select count(m) from MessageRow m
            where m.conversationId = :conversation and m.senderId <> :me and m.id > :upto""")
    long countUnread(@Param("conversation") long conversation, @Param("me") long me, @Param("upto") long upto);

    /** Messages others sent to me that I have not read, over all my conversations. */
    @Query("""
            select count(m) from MessageRow m, ConversationRow c
            where m.conversationId = c.id and m.senderId <> :me
              and ((c.personA = :me and m.id > c.aReadUpto) or (c.personB = :me and m.id > c.bReadUpto))""")
    long countAllUnread(@Param("me") long me);

    long countBySenderIdAndSentAtAfter(long senderId, Instant after);
}
