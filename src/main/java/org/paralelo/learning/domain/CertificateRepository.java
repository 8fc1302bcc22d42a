package org.paralelo.learning.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    Optional<Certificate> findByCourseIdAndPersonId(long courseId, long personId);

    List<Certificate> findByPersonIdOrderByIssuedAtDesc(long personId);

    List<Certificate> findByPersonIdIn(Collection<Long> personIds);

    @Query("""
            select c from Certificate c
            where :text = '' or lower(c.personName) like concat('%', :text, '%')
               or lower(c.courseTitle) like concat('%', :text, '%') or lower(c.code) = :text
            order by c.issuedAt desc""")
    List<Certificate> search(@Param("text") String text, Pageable page);
}
