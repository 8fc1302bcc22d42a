package org.paralelo.notifications.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NoticeRepository extends JpaRepository<NoticeRow, Long> {

    long countByPersonIdAndReadAtIsNull(long personId);

    long countByPersonId(long personId);

    @Query("select n from NoticeRow n where n.personId = :person order by n.id desc")
    List<NoticeRow> findRecent(@Param("person") long person, Pageable page);

    @Modifying
    @Query("update NoticeRow n set n.readAt = :now where n.personId = :person and n.readAt is null")
    int markAllRead(@Param("person") long person, @Param("now") Instant now);

    @Query("select n.personId from NoticeRow n where n.sourceKey = :source and n.personId in :people")
    List<Long> findAlreadyNoticed(@Param("source") String source, @Param("people") Collection<Long> people);
}
