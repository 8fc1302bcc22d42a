package org.paralelo.programme.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementRepository extends JpaRepository<Agreement, Long> {

    List<Agreement> findBySeriesId(long seriesId);
}
