package org.paralelo.people.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.MexicanState;
import org.paralelo.people.Position;
import org.paralelo.people.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    /** Only the id: one statement, where loading the person also loads its roles and creative fields (three). */
    @Query("select p.id from Person p where p.username = :username")
    Optional<Long> findIdByUsername(@Param("username") String username);

    Optional<Person> findByEmail(String email);

    @Query("select distinct p from Person p left join fetch p.roles where p.username in :usernames")
    List<Person> findByUsernameIn(@Param("usernames") Collection<String> usernames);

    @Query("select distinct p from Person p left join fetch p.roles where p.id in :ids")
    List<Person> findWithRolesByIdIn(@Param("ids") Collection<Long> ids);

    @Query("select distinct p from Person p left join fetch p.roles where p.email in :emails")
    List<Person> findByEmailIn(@Param("emails") Collection<String> emails);

    boolean existsByUsername(String username);

    boolean existsByEmail(String email);

    boolean existsByRegionId(long regionId);

    @Query("select count(p) > 0 from Person p join p.coordinatedRegionIds r where r = :region")
    boolean isCoordinatedRegion(@Param("region") long region);

    /** Sign-in accepts the username or the e-mail address. */
    @Query("select p from Person p where p.username = :identifier or p.email = :identifier")
    Optional<Person> findByUsernameOrEmail(@Param("identifier") String identifier);

    @Query("select p from Person p join p.roles r where r = :role and p.enabled = true order by p.fullName")
    List<Person> findEnabledWithRole(@Param("role") Role role);

    @Query("""
            select distinct p from Person p join p.roles r left join p.region rg
            where r = org.paralelo.people.Role.LEARNER and p.enabled = true
              and (:region is null or rg.id = :region) and (:state is null or p.state = :state)
              and (:municipality = '' or lower(p.municipality) = :municipality)
              and (:position is null or p.position = :position)""")
    List<Person> findLearnersMatching(@Param("region") @Nullable Long region,
                                      @Param("state") @Nullable MexicanState state,
                                      @Param("municipality") String municipality,
                                      @Param("position") @Nullable Position position);

    /**
     * Everyone holding the learner role, enabled or not (reports count who was reached), as columns: id, full name,
     * username, state, municipality, region id, region name, position, language. One query, no entity per row.
     */
    @Query("""
            select p.id, p.fullName, p.username, p.state, p.municipality, rg.id, rg.name, p.position,
                   p.preferredLanguage
            from Person p join p.roles r left join p.region rg
            where r = org.paralelo.people.Role.LEARNER""")
    List<Object[]> findAllLearnerColumns();

    /** As {@link #findAllLearnerColumns}, for the people of the given regions only (filtered by the database). */
    @Query("""
            select p.id, p.fullName, p.username, p.state, p.municipality, rg.id, rg.name, p.position,
                   p.preferredLanguage
            from Person p join p.roles r join p.region rg
            where r = org.paralelo.people.Role.LEARNER and rg.id in :regions""")
    List<Object[]> findLearnerColumnsIn(@Param("regions") Collection<Long> regions);

    @Query("""
            select p from Person p
            where :text = '' or lower(p.fullName) like concat('%', :text, '%')
               or p.username like concat('%', :text, '%') or p.email like concat('%', :text, '%')""")
    Page<Person> search(@Param("text") String text, Pageable pageable);

    /** The municipality names people of a state have, oldest spelling first (the one new entries fold into). */
    @Query("""
            select p.municipality from Person p where p.state = :state and p.municipality is not null
            group by p.municipality order by min(p.id)""")
    List<String> municipalitiesOf(@Param("state") MexicanState state);

    long countByCreatedAtAfter(Instant since);

    List<Person> findTop5ByOrderByCreatedAtDescIdDesc();
}
