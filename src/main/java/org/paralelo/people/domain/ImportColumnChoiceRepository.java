package org.paralelo.people.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ImportColumnChoiceRepository extends JpaRepository<ImportColumnChoice, Long> {

    List<ImportColumnChoice> findByPersonId(long personId);

    /** Holds the one import lock row until the transaction ends, so confirmed imports run one after another. */
    @Query(value = "select id from import_lock where id = 1 for update", nativeQuery = true)
    List<Integer> lockImports();
}
