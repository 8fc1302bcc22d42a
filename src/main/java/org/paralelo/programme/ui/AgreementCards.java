package org.paralelo.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.paralelo.programme.AgreementView;
import org.paralelo.programme.VenueZones;

/**
 * Agreements as cards that read on a phone: the text, its status (and "overdue" in red), who answers for it, by
 * when, where it was made and its follow-ups; organisers get a follow-up form on each card where offered.
 */
final class AgreementCards {

    private AgreementCards() {
    }

    static void fill(Component on, Locale locale, Div list, List<AgreementView> agreements,
                     @Nullable Function<AgreementView, Component> followUp) {
        if (agreements.isEmpty()) {
            Paragraph none = new Paragraph(on.getTranslation("programme.agreement.none"));
            none.setId("agreements-empty");
            list.add(none);
            return;
        }
        list.getElement().setAttribute("role", "list");
        agreements.forEach(a -> list.add(card(on, locale, a, followUp)));
    }

    private static Div card(Component on, Locale locale, AgreementView a, @Nullable Function<AgreementView, Component> followUp) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Span status = new Span(Labels.of(on, a.status().messageKey()));
        status.getElement().getThemeList().add(a.status().pending() ? "badge" : "badge contrast");
        Div card = new Div(status);
        if (a.overdue()) {
            Span overdue = new Span(on.getTranslation("programme.agreement.overdue"));
            overdue.getElement().getThemeList().add("badge error");
            overdue.addClassName("agreement-overdue");
            card.add(overdue);
        }
        Paragraph text = new Paragraph(a.text());
        text.addClassName("agreement-text");
        card.add(text);
        String who = a.responsible().isEmpty() ? on.getTranslation("programme.agreement.nobody") : a.responsible();
        card.add(new Paragraph(on.getTranslation("programme.agreement.facts", who,
                a.due() == null ? on.getTranslation("programme.agreement.no-due") : dates.format(a.due()),
                a.sessionTitle(), dates.format(a.sessionDate()))));
        if (!a.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            notes.addClassName("agreement-notes");
            a.notes().forEach(n -> notes.add(new ListItem(on.getTranslation("programme.agreement.note-line",
                    dates.format(n.at().atZone(VenueZones.of(null))), n.author(),
                    Labels.of(on, n.after().messageKey()), n.text()))));
            card.add(notes);
        }
        if (followUp != null && a.status().pending()) {
            card.add(followUp.apply(a));
        }
        card.addClassName("session-card");
        card.addClassName("agreement-card");
        card.getElement().setAttribute("role", "listitem");
        card.setId("agreement-" + a.id().value());
        return card;
    }
}
