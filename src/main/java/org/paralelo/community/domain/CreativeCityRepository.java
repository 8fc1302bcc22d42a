package org.paralelo.community.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreativeCityRepository extends JpaRepository<CreativeCityRow, String> {

    List<CreativeCityRow> findAllByOrderBySortOrder();
}
