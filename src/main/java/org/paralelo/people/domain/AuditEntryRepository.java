package org.paralelo.people.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.AuditAction;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    String MATCHING = """
            from AuditEntry e where (:action is null or e.action = :action)
              and (:actor = '' or lower(e.actor) like concat('%', :actor, '%'))
              and (:from is null or e.occurredAt >= :from) and (:to is null or e.occurredAt < :to)""";

    @Query("select e " + MATCHING + " order by e.occurredAt desc, e.id desc")
    List<AuditEntry> search(@Param("action") @Nullable AuditAction action, @Param("actor") String actor,
                            @Param("from") @Nullable Instant from, @Param("to") @Nullable Instant to,
                            Pageable page);

    @Query("select count(e) " + MATCHING)
    long count(@Param("action") @Nullable AuditAction action, @Param("actor") String actor,
               @Param("from") @Nullable Instant from, @Param("to") @Nullable Instant to);

    @Modifying
    @Query("delete from AuditEntry e where e.occurredAt < :before")
    int deleteOlderThan(@Param("before") Instant before);
}
