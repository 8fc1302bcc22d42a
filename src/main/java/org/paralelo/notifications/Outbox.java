package org.paralelo.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.PublicUrl;
import org.paralelo.notifications.domain.OutboxMessage;
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

    private final OutboxRows rows;
    private final MailSettings settings;
    private final MailTemplates templates;
    private final MailPreferences preferences;
    private final UnsubscribeTokens unsubscribe;
    private final PublicUrl address;
    private final Clock clock;

    Outbox(OutboxRows rows, MailSettings settings, MailTemplates templates, MailPreferences preferences,
           UnsubscribeTokens unsubscribe, PublicUrl address, Clock clock) {
        this.rows = rows;
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
        if (settings.configured() && !preferences.wants(to.person(), kind)) {
            return false;
        }
        return enqueueWanted(kind, List.of(to), contact -> messageId, (contact, link) -> render.apply(link)) == 1;
    }

    /**
     * Queues one mail per contact, for people the caller already knows want this kind now (it read their
     * frequency), in one statement batch: a thread's followers are many. Skips the message ids already queued
     * (a replayed event); returns how many were queued.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int enqueueWanted(MailKind kind, List<MailContact> to, Function<MailContact, String> messageId,
                      BiFunction<MailContact, @Nullable String, MailTemplates.Rendered> render) {
        if (!settings.configured()) {
            log.info("Mail is not configured; {} {} mail(s) were not queued", to.size(), kind);
            return 0;
        }
        Map<MailContact, String> ids = new LinkedHashMap<>();
        to.forEach(contact -> ids.put(contact, messageId.apply(contact)));
        Set<String> queued = rows.existing(ids.values());
        Instant now = clock.instant();
        List<OutboxMessage> fresh = new ArrayList<>(ids.size());
        ids.forEach((contact, id) -> {
            if (!queued.contains(id)) {
                @Nullable String unsubscribeLink = kind.optional()
                        ? address.link(UnsubscribeLinks.path(unsubscribe.sign(contact.person(), kind))) : null;
                MailTemplates.Rendered mail = render.apply(contact, unsubscribeLink);
                fresh.add(new OutboxMessage(contact.person().value(), kind, contact.email(), mail.subject(),
                        mail.text(), mail.html(), unsubscribeLink, id, now));
            }
        });
        rows.insert(fresh);
        return fresh.size();
    }
}
