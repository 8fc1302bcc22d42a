package org.paralelo.notifications;

import java.util.Collection;
import org.paralelo.base.SystemTask;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail for notices that people want at once: queued in the transaction that writes the notices, one per
 * person, in their language, with the unsubscribe link of the notice's kind. The Message-ID names the notice's
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

    @Transactional(propagation = Propagation.MANDATORY)
    void sendNow(Collection<Long> people, NoticeWriter.Notice notice) {
        if (people.isEmpty()) {
            return;
        }
        String link = outbox.link(notice.link());
        SystemTask.run(() -> {
            for (long person : people) {
                directory.mailContact(new PersonId(person)).ifPresent(to -> outbox.enqueue(notice.kind().mailKind(),
                        to, "<notice." + notice.sourceKey().replace(':', '.') + "." + person + "@paralelo>",
                        unsubscribe -> templates.renderNotice(notice.kind(), notice.actorName(), notice.subject(),
                                notice.excerpt(), to, link, unsubscribe)));
            }
        });
    }
}
