package org.paralelo.community.domain;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NetworkProfileRepository extends JpaRepository<NetworkProfileRow, Long> {

    @Query("select p.personId from NetworkProfileRow p where p.published = true and p.personId in :ids")
    List<Long> findPublishedAmong(@Param("ids") Collection<Long> ids);

    @Query("""
            select p from NetworkProfileRow p where p.published = true
            and (:city is null or p.creativeCity = :city)""")
    List<NetworkProfileRow> findPublished(@Param("city") @Nullable String city);

    /** Sets or clears an avatar without touching the profile's version (an open profile form stays saveable). */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update NetworkProfileRow p set p.avatarId = :media where p.personId = :person")
    int setAvatar(@Param("person") long person, @Param("media") @Nullable Long media);

    @Query("select p.personId, p.avatarId from NetworkProfileRow p where p.avatarId is not null "
            + "and p.personId in :ids and (p.published = true or p.personId = :me)")
    List<Object[]> findShownAvatars(@Param("ids") Collection<Long> ids, @Param("me") long me);

    boolean existsByAvatarIdAndPublishedTrue(Long avatarId);
}
