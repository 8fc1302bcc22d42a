package org.paralelo.notifications;

import java.util.Collection;
import java.util.List;
import org.paralelo.base.SystemTask;
import org.paralelo.people.MailContact;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail for notices that people want at once: queued in the transaction that writes the notices, one per
 * person (their contacts read in one query, the rows written in one batch), in their language, with the
 * unsubscribe link of the notice's kind. The Message-ID names the notice's
 * cause and the person, so a replayed event queues nothing twice.
 */
@Component
class NoticeMails {

    private final Outbox outbox;
    private final MailTemplates templates;
    private final PersonDirectory directory;

    NoticeMails(Outbox outbox, MailTemplates templates, PersonDirectory directory) {
        this.outbox = outbox;
        this.templates = templates;
        this.directory = directory;
    }

    /** {@code people} want this notice's kind mailed at once: the writer read their frequency with the notices. */
    @Transactional(propagation = Propagation.MANDATORY)
    void sendNow(Collection<Long> people, NoticeWriter.Notice notice) {
        if (people.isEmpty()) {
            return;
        }
        String link = outbox.link(notice.link());
        String idPrefix = "<notice." + notice.sourceKey().replace(':', '.') + ".";
        SystemTask.run(() -> {
            List<MailContact> contacts = List.copyOf(directory.mailContacts(
                    people.stream().map(PersonId::new).toList()).values());
            outbox.enqueueWanted(notice.kind().mailKind(), contacts,
                    to -> idPrefix + to.person().value() + "@paralelo>",
                    (to, unsubscribe) -> templates.renderNotice(new MailTemplates.MailedNotice(notice.kind(),
                            notice.actorName(), notice.subject(), notice.excerpt(), notice.facts().encode()), to, link,
                            unsubscribe));
        });
    }
}
