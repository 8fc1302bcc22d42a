package org.paralelo.community.domain;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NetworkProfileRepository extends JpaRepository<NetworkProfileRow, Long> {

    @Query("select p.personId from NetworkProfileRow p where p.published = true and p.personId in :ids")
    List<Long> findPublishedAmong(@Param("ids") Collection<Long> ids);

    @Query("""
            select p from NetworkProfileRow p where p.published = true
            and (:city is null or p.creativeCity = :city)""")
    List<NetworkProfileRow> findPublished(@Param("city") @Nullable String city);
}
