package org.paralelo.people.domain;

import java.time.Instant;
import java.util.Optional;
import org.paralelo.people.AccountLinkPurpose;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountLinkRepository extends JpaRepository<AccountLink, Long> {

    Optional<AccountLink> findByTokenHashAndPurpose(String tokenHash, AccountLinkPurpose purpose);

    /**
     * Uses a link: one conditional update, so of two concurrent uses exactly one sees 1 and the other 0.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update AccountLink l set l.usedAt = :now
            where l.id = :id and l.usedAt is null and l.expiresAt > :now""")
    int use(@Param("id") long id, @Param("now") Instant now);

    /** Retires a person's other open links of a purpose, so only the newest one works. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update AccountLink l set l.usedAt = :now
            where l.personId = :person and l.purpose = :purpose and l.usedAt is null""")
    int retireOpen(@Param("person") long person, @Param("purpose") AccountLinkPurpose purpose,
                   @Param("now") Instant now);
}
