package org.paralelo.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.paralelo.base.UserFacingException;
import org.paralelo.programme.AgendaService;
import org.paralelo.programme.RunId;
import org.paralelo.programme.SessionId;
import org.paralelo.programme.SessionSummary;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Add to my calendar" links: one session, or all of a run's sessions, as an {@code .ics} file. The file is made
 * when the link is followed, through the service's access check, so a stale page cannot leak a session.
 */
final class CalendarDownloads {

    private static final String TYPE = "text/calendar;charset=UTF-8";

    private CalendarDownloads() {
    }

    static Anchor session(Component host, AgendaService agenda, SessionId session) {
        return link(host.getTranslation("programme.calendar.session"), "ics-session-" + session.value(),
                host.getTranslation("programme.calendar.session-file", session.value()),
                () -> agenda.sessionCalendar(session));
    }

    /**
     * The same download, small enough for a day of the month: an icon and a short text. Its accessible name (and
     * tooltip) names the session, {@code name}, and contains the short text, so voice control finds it by what shows.
     */
    static Anchor inMonth(Component host, AgendaService agenda, SessionId session, String name) {
        Anchor link = session(host, agenda, session);
        link.setId("ics-month-" + session.value());
        Icon icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        link.getElement().removeAllChildren();
        link.add(icon, new Span(host.getTranslation("agenda.month.ics")));
        String label = host.getTranslation("agenda.month.ics-label", name);
        link.getElement().setAttribute("aria-label", label);
        link.setTitle(label);
        link.addClassName("ics-compact");
        return link;
    }

    /** A session card's actions with the session's calendar link after them. */
    static Component[] after(Component host, AgendaService agenda, SessionSummary session, Component[] actions) {
        Component[] all = java.util.Arrays.copyOf(actions, actions.length + 1);
        all[actions.length] = session(host, agenda, session.id());
        return all;
    }

    static Anchor run(Component host, AgendaService agenda, RunId run) {
        return link(host.getTranslation("programme.calendar.run"), "ics-run-" + run.value(),
                host.getTranslation("programme.calendar.run-file", run.value()), () -> agenda.runCalendar(run));
    }

    private static Anchor link(String label, String id, String fileName, Supplier<String> ics) {
        Anchor link = new Anchor();
        link.setText(label);
        link.setId(id);
        link.addClassName("ics-download");
        link.setHref(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] file = ics.get().getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(file), fileName, TYPE, file.length);
            } catch (UserFacingException | AccessDeniedException refused) {
                return DownloadResponse.error(404);
            }
        }));
        link.getElement().setAttribute("download", true);
        return link;
    }
}
