package org.paralelo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reclaims the UIs of tabs that stopped sending heartbeats: a crashed phone browser or a dropped connection sends
 * no unload beacon. Vaadin closes such UIs only while handling a later request of the same session, which may
 * never come; this sweep visits every live session on a schedule instead, under the session's lock, and applies
 * Vaadin's own test ({@link VaadinService#isUIActive}: no heartbeat for 3.1 heartbeat intervals). With the
 * 60-second heartbeat of {@code application.properties} and a sweep every minute, a UI is gone at most about four
 * minutes after its last heartbeat.
 */
@Component
class OrphanedUiSweep implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(OrphanedUiSweep.class);

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    @Scheduled(fixedDelayString = "${paralelo.ui.sweep-interval:60s}",
            initialDelayString = "${paralelo.ui.sweep-interval:60s}")
    void sweep() {
        for (VaadinSession session : sessions) {
            // access() runs now if the session is free, else right after the request holding its lock.
            session.access(() -> {
                if (session.getState() == VaadinSessionState.OPEN) {
                    closeInactive(session);
                } else {
                    sessions.remove(session);
                }
            });
        }
    }

    /** The UIs a session holds, counted under its lock; 0 for a session this sweep does not know (any more). */
    int uisOf(String httpSessionId) {
        return underLockOf(httpSessionId, session -> session.getUIs().size(), 0);
    }

    /** Seconds a session may stay idle once no tab sends heartbeats, as the servlet container applies it. */
    int idleTimeoutOf(String httpSessionId) {
        return underLockOf(httpSessionId, session -> session.getSession().getMaxInactiveInterval(), -1);
    }

    private int underLockOf(String httpSessionId, ToIntFunction<VaadinSession> read, int unknown) {
        for (VaadinSession session : sessions) {
            session.lock();
            try {
                if (session.getState() == VaadinSessionState.OPEN && session.getSession() != null
                        && session.getSession().getId().equals(httpSessionId)) {
                    return read.applyAsInt(session);
                }
            } finally {
                session.unlock();
            }
        }
        return unknown;
    }

    private static void closeInactive(VaadinSession session) {
        VaadinService service = session.getService();
        int reclaimed = 0;
        for (UI ui : List.copyOf(session.getUIs())) {
            if (!ui.isClosing() && !service.isUIActive(ui)) {
                ui.accessSynchronously(ui::close);
            }
            if (ui.isClosing()) {
                ui.accessSynchronously(() -> session.removeUI(ui));
                reclaimed++;
            }
        }
        if (reclaimed > 0) {
            log.debug("Reclaimed {} UI(s) without heartbeat", reclaimed);
        }
    }
}
