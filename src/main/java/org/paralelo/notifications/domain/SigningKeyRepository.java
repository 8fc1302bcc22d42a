package org.paralelo.notifications.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SigningKeyRepository extends JpaRepository<SigningKey, Integer> {
}
