package org.paralelo.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.programme.AgendaDate;
import org.paralelo.programme.AgendaDatesService;
import org.paralelo.programme.AgendaEntry;
import org.paralelo.programme.AgendaService;
import org.paralelo.programme.SessionService;

/**
 * "Mi agenda": the signed-in person's upcoming on-site sessions as a list that reads on a phone (and as a month on
 * wide screens, {@link AgendaMonth}), each in the
 * person's own time zone (the zone named when the venue's clock reads otherwise), cancelled ones marked, each
 * linking to its run's page; below, the address to subscribe to from a calendar app, to copy, renew or stop.
 */
@Route("mi-agenda")
@Menu(order = 1.2, title = "menu.agenda", icon = "vaadin:calendar")
@PermitAll
public class AgendaView extends Main implements TitledByHeading, BeforeEnterObserver {

    /** The query parameter naming the month shown on wide screens. */
    static final String MONTH = "mes";

    private final AgendaService agenda;
    private final SessionService sessions;
    private final AgendaDatesService dates;
    private final Clock clock;
    private @Nullable YearMonth month;
    private @Nullable AgendaMonth monthView;
    /** The month the month view's own buttons just asked for: only that navigation turns the month in place. */
    private @Nullable YearMonth turningTo;

    AgendaView(AgendaService agenda, SessionService sessions, AgendaDatesService dates, Clock clock) {
        this.agenda = agenda;
        this.clock = clock;
        this.dates = dates;
        this.sessions = sessions;
        addClassName("page");
    }

    /**
     * Entering the page draws it all; the month's previous and next buttons replace only the month's table, so the
     * focus stays on the button pressed. Any other arrival (a link, the browser's back button) draws it all again.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        month = event.getLocation().getQueryParameters().getSingleParameter(MONTH).map(AgendaView::parseMonth)
                .orElse(null);
        AgendaMonth shown = monthView;
        boolean turning = month != null && month.equals(turningTo) && shown != null;
        turningTo = null;
        if (turning) {
            shown.show(month);
        } else {
            render();
        }
    }

    /** A month asked for in the address ({@code ?mes=2027-07}); anything else lets the month view choose. */
    private static @Nullable YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("agenda.title")));
        List<AgendaEntry> entries = agenda.myUpcoming();
        List<AgendaDate> upcoming = dates.myDates();
        ZoneId zone = sessions.myZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        monthView = new AgendaMonth(this, agenda, month, today, entries, upcoming, zone, getLocale(),
                shown -> {
                    turningTo = shown;
                    UI.getCurrent().navigate(AgendaView.class, QueryParameters.of(MONTH, shown.toString()));
                });
        add(monthView);
        if (entries.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("agenda.empty"));
            empty.setId("agenda-empty");
            add(empty);
        } else {
            ZoneId viewer = sessions.myZone();
            Div list = new Div();
            list.setId("agenda-list");
            list.getElement().setAttribute("role", "list");
            entries.forEach(entry -> list.add(card(entry, viewer)));
            add(list);
        }
        add(datesSection(upcoming), feedSection());
    }

    private Component card(AgendaEntry entry, ZoneId viewer) {
        Anchor title = new Anchor(entry.path(), entry.session().title());
        Paragraph when = new Paragraph(SessionCards.when(this, entry.session(), viewer, getLocale()));
        when.addClassName("session-when");
        Div card = new Div(new H3(title), when, new Paragraph(SessionCards.where(this, entry.session())),
                new Paragraph(getTranslation(entry.course() == null ? "agenda.series" : "agenda.run", entry.runName())),
                CalendarDownloads.session(this, agenda, entry.session().id()));
        card.addClassName("session-card");
        card.getElement().setAttribute("role", "listitem");
        card.setId("agenda-" + entry.session().id().value());
        if (entry.cancelled()) {
            card.addComponentAsFirst(badge(getTranslation("programme.sessions.cancelled"), "badge error"));
            card.addClassName("cancelled");
        } else if (entry.registration() != null) {
            card.addComponentAsFirst(badge(Labels.of(this, entry.registration().messageKey()), "badge"));
        }
        return card;
    }

    /**
     * Enrolment windows of runs the person could join and closing quizzes of their courses, each kind with its own
     * icon and label, in their zone.
     */
    private Section datesSection(List<AgendaDate> found) {
        Section section = new Section(new H2(getTranslation("agenda.dates.title")));
        section.setId("agenda-dates");
        if (found.isEmpty()) {
            section.add(new Paragraph(getTranslation("agenda.dates.empty")));
            return section;
        }
        ZoneId viewer = sessions.myZone();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(getLocale());
        Div list = new Div();
        list.getElement().setAttribute("role", "list");
        for (AgendaDate date : found) {
            Icon icon = (switch (date.kind()) {
                case ENROLMENT_OPENS -> VaadinIcon.SIGN_IN;
                case ENROLMENT_CLOSES -> VaadinIcon.HOURGLASS_END;
                case QUIZ_CLOSES -> VaadinIcon.CLIPBOARD_CHECK;
            }).create();
            icon.getElement().setAttribute("aria-hidden", "true");
            Span label = new Span(Labels.of(this, date.kind().messageKey()));
            label.getElement().getThemeList().add("badge");
            Div card = new Div(new Paragraph(icon, label), new H3(new Anchor(date.path(), date.title())),
                    new Paragraph(when.format(date.at().atZone(viewer))), new Paragraph(date.context()));
            card.addClassNames("session-card", "agenda-date", date.kind().name().toLowerCase(Locale.ROOT));
            card.getElement().setAttribute("role", "listitem");
            list.add(card);
        }
        section.add(list);
        return section;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private Section feedSection() {
        Section section = new Section(new H2(getTranslation("agenda.feed.title")),
                new Paragraph(getTranslation("agenda.feed.help")));
        section.setId("agenda-feed");
        Optional<String> url = agenda.myFeedUrl();
        if (url.isEmpty()) {
            Button create = new Button(getTranslation("agenda.feed.create"), click -> {
                agenda.renewMyFeed();
                render();
            });
            create.setId("feed-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(create);
            return section;
        }
        TextField address = new TextField(getTranslation("agenda.feed.address"));
        address.setId("feed-url");
        address.setValue(url.get());
        address.setReadOnly(true);
        address.setWidthFull();
        Button copy = new Button(getTranslation("agenda.feed.copy"), click -> {
            getElement().executeJs("return navigator.clipboard.writeText($0)", url.get());
            Notifications.success(getTranslation("agenda.feed.copied"));
        });
        copy.setId("feed-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button renew = new Button(getTranslation("agenda.feed.renew"), click -> confirm("agenda.feed.renew-confirm",
                "agenda.feed.renew", () -> {
                    agenda.renewMyFeed();
                    Notifications.success(getTranslation("agenda.feed.renewed"));
                }));
        renew.setId("feed-renew");
        Button stop = new Button(getTranslation("agenda.feed.revoke"), click -> confirm("agenda.feed.revoke-confirm",
                "agenda.feed.revoke", () -> {
                    agenda.revokeMyFeed();
                    Notifications.success(getTranslation("agenda.feed.revoked"));
                }));
        stop.setId("feed-revoke");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(copy, renew, stop);
        actions.setWrap(true);
        section.add(address, actions);
        return section;
    }

    /** Renewing or stopping breaks every calendar subscribed to the old address: asked first. */
    private void confirm(String question, String action, Runnable then) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(action));
        dialog.setText(getTranslation(question));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("agenda.feed.keep"));
        dialog.setConfirmText(getTranslation(action));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            then.run();
            render();
        });
        dialog.open();
    }
}
