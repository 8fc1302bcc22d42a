package org.paralelo.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;
import org.paralelo.programme.SessionSummary;
import org.paralelo.programme.SessionTimes;

/** One session as a card, light enough for a phone: what, when in the reader's zone, where; actions below. */
final class SessionCards {

    private SessionCards() {
    }

    /** When the session is, in the reader's zone, with the zone named when the venue's clock reads otherwise. */
    static String when(Component on, SessionSummary session, ZoneId viewer, Locale locale) {
        SessionTimes.Shown shown = SessionTimes.in(session.starts(), session.ends(), viewer, locale);
        return shown.zoneName() == null
                ? on.getTranslation("programme.session.when", shown.date(), shown.start(), shown.end())
                : on.getTranslation("programme.session.when-zone", shown.date(), shown.start(), shown.end(),
                shown.zoneName());
    }

    /** The venue: name, address, municipality and state. */
    static String where(Component on, SessionSummary session) {
        return session.venueName() + " · " + session.venueAddress() + " · " + session.venueMunicipality() + ", "
                + Labels.of(on, session.venueState().messageKey());
    }

    static Div card(Component on, SessionSummary session, ZoneId viewer, Locale locale,
                    Function<SessionSummary, Component[]> actions) {
        Paragraph time = new Paragraph(when(on, session, viewer, locale));
        time.addClassName("session-when");
        Div card = new Div(new H3(session.title()),
                new Paragraph(Labels.of(on, session.kind().messageKey())), time,
                new Paragraph(where(on, session)));
        card.addClassName("session-card");
        card.setId("session-" + session.id().value());
        if (session.cancelledAt() != null) {
            Span cancelled = new Span(on.getTranslation("programme.sessions.cancelled"));
            cancelled.getElement().getThemeList().add("badge error");
            card.addComponentAsFirst(cancelled);
        } else {
            card.add(actions.apply(session));
        }
        return card;
    }
}
