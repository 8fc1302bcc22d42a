package org.paralelo.community.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.community.ModerationEntry;

/** Dates of posts (in the reader's language and the programme's time zone), badges and moderation log lines. */
final class SpaceLabels {

    private SpaceLabels() {
    }

    /** A small Lumo badge with a translated label (pinned, closed, a debate position...). */
    static Span badge(Component context, String key) {
        Span badge = new Span(context.getTranslation(key));
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    /** One line of the moderation log: when, who, what, to whom and why. */
    static Paragraph logLine(Component context, Locale locale, ModerationEntry entry) {
        return new Paragraph(when(locale, entry.at()) + " · "
                + (entry.moderator() == null ? "—" : entry.moderator().fullName()) + " · "
                + context.getTranslation(entry.messageKey())
                + (entry.person() == null ? "" : " · " + entry.person().fullName())
                + (entry.reason().isBlank() ? "" : " · " + entry.reason()));
    }

    static String when(Locale locale, @Nullable Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ProgrammeZone.ZONE).format(at);
    }
}
