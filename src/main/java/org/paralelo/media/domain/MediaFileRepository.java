package org.paralelo.media.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MediaFileRepository extends JpaRepository<MediaFile, Long> {

    boolean existsBySha256(String sha256);
}
