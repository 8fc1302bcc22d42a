package org.paralelo.notifications;

import org.paralelo.base.SystemTask;
import org.paralelo.people.PersonDirectory;
import org.paralelo.reporting.CoordinatorWeekSummarised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails a coordinator's weekly summary in their language, if they still want {@link MailKind#PROGRESS_SUMMARY}
 * (one-click unsubscribe in every mail). The Message-ID is the coordinator and the week, so a replayed event queues
 * nothing new.
 */
@Component
class WeeklySummaryMails {

    /** The coordinators' dashboard (reporting's {@code /informes}). */
    static final String DASHBOARD_PATH = "informes";

    private final PersonDirectory directory;
    private final Outbox outbox;
    private final MailTemplates templates;

    WeeklySummaryMails(PersonDirectory directory, Outbox outbox, MailTemplates templates) {
        this.directory = directory;
        this.outbox = outbox;
        this.templates = templates;
    }

    @ApplicationModuleListener
    void on(CoordinatorWeekSummarised summary) {
        String link = outbox.link(DASHBOARD_PATH);
        SystemTask.run(() -> directory.mailContact(summary.coordinator()).ifPresent(to -> outbox.enqueue(
                MailKind.PROGRESS_SUMMARY, to,
                "<weekly-summary." + summary.coordinator().value() + "." + summary.weekOf() + "@paralelo>",
                unsubscribe -> templates.renderWeeklySummary(summary, to, link, unsubscribe))));
    }
}
