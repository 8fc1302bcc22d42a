package org.paralelo.courses.domain;

import java.util.List;
import java.util.Optional;
import org.paralelo.courses.CourseState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CourseRepository extends JpaRepository<Course, Long> {

    boolean existsByCode(String code);

    Optional<Course> findByCode(String code);

    List<Course> findByStateOrderByTitle(CourseState state);

    @Query("""
            select distinct c from Course c left join c.coTrainerIds t
            where (c.ownerId = :person or t = :person) and c.state <> org.paralelo.courses.CourseState.ARCHIVED
            order by c.title""")
    List<Course> findTaughtBy(@Param("person") long person);

    @Query("select c from Course c where c.state <> org.paralelo.courses.CourseState.ARCHIVED order by c.title")
    List<Course> findAllActive();

    @Query("""
            select distinct c from Course c left join c.coTrainerIds t
            where (c.ownerId = :person or t = :person) and c.state = org.paralelo.courses.CourseState.ARCHIVED
            order by c.title""")
    List<Course> findArchivedTaughtBy(@Param("person") long person);
}
