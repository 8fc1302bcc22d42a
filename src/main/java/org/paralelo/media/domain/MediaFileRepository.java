package org.paralelo.media.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MediaFileRepository extends JpaRepository<MediaFile, Long> {

    boolean existsBySha256(String sha256);

    /** Uploads for these purposes written before {@code before}, oldest id first, after {@code afterId}. */
    @Query("select f.id from MediaFile f where f.purpose in :purposes and f.createdAt < :before and f.id > :afterId "
            + "order by f.id")
    List<Long> findIdsUploadedBefore(@Param("purposes") Collection<String> purposes,
                                     @Param("before") Instant before, @Param("afterId") long afterId, Limit limit);
}
