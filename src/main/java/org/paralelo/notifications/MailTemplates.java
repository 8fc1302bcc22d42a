package org.paralelo.notifications;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.people.MailContact;
import org.paralelo.reporting.CoordinatorWeekSummarised;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Every mail has the same simple shape, in the person's language: greeting, one paragraph, one action link,
 * a closing line, and for optional kinds the unsubscribe line. Texts come from the message bundles
 * ({@code mail.<template>.subject/body/action/closing}); the HTML part is that same text, escaped, with inline
 * styles only, readable in any mail client and light on slow connections.
 */
@Component
class MailTemplates {

    /** The outbox keeps 300 characters of subject; shorter reads better in a phone's inbox anyway. */
    static final int MAX_SUBJECT = 200;

    private final MessageSource messages;
    private final NoticeTexts notices;

    MailTemplates(MessageSource messages, NoticeTexts notices) {
        this.messages = messages;
        this.notices = notices;
    }

    record Rendered(String subject, String text, String html) {
    }

    /**
     * @param template  the bundle prefix after {@code mail.}, e.g. {@code password-reset}
     * @param bodyArgs  arguments of the body text; an {@link Instant} is shown as a date and time in the
     *                  programme's zone
     */
    Rendered render(String template, MailContact to, String actionLink, @Nullable String unsubscribeLink,
                    Object... bodyArgs) {
        Locale locale = to.language();
        Object[] args = new Object[bodyArgs.length];
        for (int i = 0; i < bodyArgs.length; i++) {
            args[i] = bodyArgs[i] instanceof Instant moment ? dateTime(moment, locale) : bodyArgs[i];
        }
        return layout(locale, text("mail." + template + ".subject", locale), to, List.of(text("mail." + template
                + ".body", locale, args)), text("mail." + template + ".action", locale), actionLink,
                text("mail." + template + ".closing", locale), unsubscribeLink);
    }

    /** One Network notice: its headline as subject, the excerpt quoted, a link to where it happened. */
    Rendered renderNotice(MailedNotice notice, MailContact to, String actionLink, @Nullable String unsubscribeLink) {
        Locale locale = to.language();
        String headline = headline(notice, locale);
        String subject = NoticeWriter.cut(headline, MAX_SUBJECT);
        return layout(locale, subject, to, List.of(headline + ":", "«" + excerpt(notice, locale) + "»"),
                text("mail.notice.action", locale), actionLink, text("mail.notice.closing", locale),
                unsubscribeLink);
    }

    /** A notice as a mail tells it (alone, or as a line of the daily digest); {@code facts} as stored. */
    record MailedNotice(NoticeKind kind, String actorName, String about, String excerpt, @Nullable String facts) {
    }

    /** The daily digest: one paragraph per notice listed (oldest first), the rest counted, a link to the list. */
    Rendered renderDigest(List<MailedNotice> items, int total, MailContact to, String actionLink,
                          @Nullable String unsubscribeLink) {
        Locale locale = to.language();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text("mail.digest.body", locale, total));
        for (MailedNotice item : items) {
            paragraphs.add("• " + headline(item, locale) + ": «" + excerpt(item, locale) + "»");
        }
        if (total > items.size()) {
            paragraphs.add(text("mail.digest.more", locale, total - items.size()));
        }
        return layout(locale, text("mail.digest.subject", locale, total), to, paragraphs,
                text("mail.digest.action", locale), actionLink, text("mail.digest.closing", locale),
                unsubscribeLink);
    }

    /**
     * The coordinator's week: a paragraph per region (reached against target, then the week's enrolments,
     * completions, certificates and attendance), then the runs starting or ending soon.
     */
    Rendered renderWeeklySummary(CoordinatorWeekSummarised summary, MailContact to, String actionLink,
                                 @Nullable String unsubscribeLink) {
        Locale locale = to.language();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text("mail.weekly-summary.body", locale, day.format(summary.from()), day.format(summary.to())));
        for (CoordinatorWeekSummarised.RegionWeek region : summary.regions()) {
            String name = region.name().isEmpty() ? text("mail.weekly-summary.programme", locale) : region.name();
            String reached = region.target() == null ? text("mail.weekly-summary.reached", locale, region.reached())
                    : text("mail.weekly-summary.reached-of", locale, region.reached(), region.target());
            String attendance = region.attendancePercent() == null ? text("mail.weekly-summary.no-attendance", locale)
                    : text("mail.weekly-summary.attendance", locale, Math.round(region.attendancePercent()));
            paragraphs.add(name + ": " + reached + " " + text("mail.weekly-summary.week", locale,
                    region.newEnrolments(), region.completions(), region.certificates()) + " " + attendance);
        }
        paragraphs.add(summary.runsSoon().isEmpty() ? text("mail.weekly-summary.no-runs", locale)
                : text("mail.weekly-summary.runs", locale));
        summary.runsSoon().forEach(run -> paragraphs.add("• " + text("mail.weekly-summary.run", locale, run.name(),
                day.format(run.startsOn()), day.format(run.endsOn()))));
        return layout(locale, text("mail.weekly-summary.subject", locale, day.format(summary.weekOf())), to,
                paragraphs, text("mail.weekly-summary.action", locale), actionLink,
                text("mail.weekly-summary.closing", locale), unsubscribeLink);
    }

    private Rendered layout(Locale locale, String subject, MailContact to, List<String> paragraphs, String action,
                            String actionLink, String closing, @Nullable String unsubscribeLink) {
        String greeting = text("mail.greeting", locale, to.fullName());
        String signature = text("mail.signature", locale);
        String unsubscribe = unsubscribeLink == null ? null : text("mail.unsubscribe", locale);

        StringBuilder plain = new StringBuilder().append(greeting).append("\n\n");
        paragraphs.forEach(paragraph -> plain.append(paragraph).append("\n\n"));
        plain.append(action).append(":\n").append(actionLink).append("\n\n")
                .append(closing).append("\n\n").append(signature).append('\n');
        if (unsubscribe != null) {
            plain.append("\n-- \n").append(unsubscribe).append(":\n").append(unsubscribeLink).append('\n');
        }

        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html><html lang=\"").append(locale.toLanguageTag()).append("\"><head>")
                .append("<meta charset=\"utf-8\"><title>").append(escape(subject)).append("</title></head>")
                .append("<body style=\"font-family:sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;")
                .append("max-width:36em;margin:0 auto;padding:1em\">")
                .append(paragraph(greeting));
        paragraphs.forEach(paragraph -> html.append(paragraph(paragraph)));
        html.append("<p><a href=\"").append(escape(actionLink)).append("\" style=\"display:inline-block;")
                .append("background:#0b5cad;color:#ffffff;padding:.6em 1.2em;border-radius:4px;")
                .append("text-decoration:none\">").append(escape(action)).append("</a></p>")
                .append("<p style=\"font-size:14px;color:#555555\">").append(escape(actionLink)).append("</p>")
                .append(paragraph(closing)).append(paragraph(signature));
        if (unsubscribe != null) {
            html.append("<hr><p style=\"font-size:13px;color:#555555\"><a href=\"")
                    .append(escape(unsubscribeLink)).append("\">").append(escape(unsubscribe)).append("</a></p>");
        }
        html.append("</body></html>");
        return new Rendered(subject, plain.toString(), html.toString());
    }

    private String headline(MailedNotice notice, Locale locale) {
        return text(notice.kind().headlineKey(), locale, notice.actorName(), notice.about());
    }

    /** In the language at sending time, which is right for a mail: it is read as it was sent. */
    private String excerpt(MailedNotice notice, Locale locale) {
        return notices.excerpt(notice.kind(), notice.excerpt(), notice.facts(), locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String dateTime(Instant moment, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(ProgrammeZone.ZONE).format(moment);
    }
}
