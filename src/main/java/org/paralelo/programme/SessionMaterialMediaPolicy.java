package org.paralelo.programme;

import org.paralelo.media.MediaId;
import org.paralelo.media.MediaReadPolicy;
import org.paralelo.programme.domain.SessionMaterialRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A session's file may be downloaded by whoever may see the session. */
@Component
class SessionMaterialMediaPolicy implements MediaReadPolicy {

    private final SessionMaterialRepository materials;
    private final RunAccess access;

    SessionMaterialMediaPolicy(SessionMaterialRepository materials, RunAccess access) {
        this.materials = materials;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(MediaId id) {
        return materials.findByMediaId(id.value()).stream()
                .anyMatch(m -> access.canSeeSession(new SessionId(m.getSessionId())));
    }
}
