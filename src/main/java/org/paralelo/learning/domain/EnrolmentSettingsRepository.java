package org.paralelo.learning.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentSettingsRepository extends JpaRepository<EnrolmentSettings, Long> {
}
