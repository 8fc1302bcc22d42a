package org.paralelo.courses.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TopicRepository extends JpaRepository<Topic, Long> {

    List<Topic> findAllByOrderBySortOrderAscCodeAsc();

    Optional<Topic> findByCode(String code);

    boolean existsByCode(String code);
}
