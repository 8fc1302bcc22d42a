package org.paralelo.community.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BlockRepository extends JpaRepository<BlockRow, BlockRow.Key> {

    /** Whether either of the two has blocked the other. */
    @Query("""
            select count(b) > 0 from BlockRow b
            where (b.key.blockerId = :one and b.key.blockedId = :other)
               or (b.key.blockerId = :other and b.key.blockedId = :one)""")
    boolean existsBetween(@Param("one") long one, @Param("other") long other);

    @Query("select b from BlockRow b where b.key.blockerId = :blocker order by b.createdAt desc")
    List<BlockRow> findByBlocker(@Param("blocker") long blocker);
}
