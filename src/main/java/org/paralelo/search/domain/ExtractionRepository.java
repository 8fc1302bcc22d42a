package org.paralelo.search.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExtractionRepository extends JpaRepository<Extraction, Long> {

    List<Extraction> findByMediaIdIn(Collection<Long> mediaIds);
}
