package org.paralelo.programme.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionMaterialRepository extends JpaRepository<SessionMaterial, Long> {

    List<SessionMaterial> findBySessionIdOrderByIdAsc(long sessionId);

    List<SessionMaterial> findByMediaId(long mediaId);
}
