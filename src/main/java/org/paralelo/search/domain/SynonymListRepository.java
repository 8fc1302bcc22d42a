package org.paralelo.search.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SynonymListRepository extends JpaRepository<SynonymList, Long> {
}
