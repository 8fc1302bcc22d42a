package org.paralelo.notifications;

import java.time.Clock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.PublicUrl;
import org.paralelo.notifications.domain.OutboxMessage;
import org.paralelo.notifications.domain.OutboxRepository;
import org.paralelo.people.MailContact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way to send mail: queue it in the caller's transaction, so it leaves only if that work commits.
 * Queuing is idempotent by message id, because listeners may run again after a crash.
 */
@Component
class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxRepository outbox;
    private final MailSettings settings;
    private final MailTemplates templates;
    private final MailPreferences preferences;
    private final UnsubscribeTokens unsubscribe;
    private final PublicUrl address;
    private final Clock clock;

    Outbox(OutboxRepository outbox, MailSettings settings, MailTemplates templates, MailPreferences preferences,
           UnsubscribeTokens unsubscribe, PublicUrl address, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.templates = templates;
        this.preferences = preferences;
        this.unsubscribe = unsubscribe;
        this.address = address;
        this.clock = clock;
    }

    /**
     * Queues a mail to a person from a template; returns whether it was queued. Not queued: mail is not
     * configured, the person does not want this kind, or a message with this id is already queued.
     *
     * @param messageId stable for the thing reported (e.g. derived from the event), so a replay is recognised
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean enqueue(MailKind kind, MailContact to, String messageId, String template, String actionPath,
                    Object... bodyArgs) {
        return enqueue(kind, to, messageId, unsubscribeLink -> templates.render(template, to,
                address.link(actionPath), unsubscribeLink, bodyArgs));
    }

    /** An absolute link to a path of the app, for mails rendered by the caller. */
    String link(String path) {
        return address.link(path);
    }

    /**
     * Queues a mail rendered by the caller, who is given the kind's unsubscribe link (null for account mail);
     * the same conditions as above.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean enqueue(MailKind kind, MailContact to, String messageId,
                    Function<@Nullable String, MailTemplates.Rendered> render) {
        if (!settings.configured()) {
            log.info("Mail is not configured; a {} mail for person {} was not queued", kind, to.person().value());
            return false;
        }
        if (!preferences.wants(to.person(), kind) || outbox.existsByMessageId(messageId)) {
            return false;
        }
        @Nullable String unsubscribeLink = kind.optional()
                ? address.link(UnsubscribeLinks.path(unsubscribe.sign(to.person(), kind))) : null;
        MailTemplates.Rendered mail = render.apply(unsubscribeLink);
        outbox.save(new OutboxMessage(to.person().value(), kind, to.email(), mail.subject(), mail.text(),
                mail.html(), unsubscribeLink, messageId, clock.instant()));
        return true;
    }
}
