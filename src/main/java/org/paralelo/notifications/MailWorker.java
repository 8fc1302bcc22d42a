package org.paralelo.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.paralelo.notifications.domain.OutboxMessage;
import org.paralelo.notifications.domain.OutboxMessage.Status;
import org.paralelo.notifications.domain.OutboxRepository;
import org.paralelo.people.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. Each message is first <em>claimed</em> in a committed transaction (a conditional update only
 * one worker can win), then sent, then marked sent. So a crash before sending leaves a claim that another worker
 * takes over after {@code paralelo.mail.claim-timeout} (nothing lost), and two workers never send the same row.
 * The one window left is a crash between the SMTP server's acceptance and the commit of "sent": the message then
 * goes again with the same Message-ID header, which mail systems use to recognise the copy. Failures are retried
 * with growing pauses (30 s, 1 min, 2 min … at most 1 h) up to {@code paralelo.mail.max-attempts}.
 */
@Component
class MailWorker {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);
    private static final int BATCH = 20;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private final OutboxRepository outbox;
    private final MailSettings settings;
    private final MailPreferences preferences;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String workerId = "w-" + UUID.randomUUID();

    MailWorker(OutboxRepository outbox, MailSettings settings, MailPreferences preferences,
               PlatformTransactionManager transactions, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.preferences = preferences;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${paralelo.mail.poll-interval:10s}",
            fixedDelayString = "${paralelo.mail.poll-interval:10s}")
    @SchedulerLock(name = "mail-worker")
    void poll() {
        if (settings.configured()) {
            try {
                sendDue();
            } catch (RuntimeException unexpected) {
                log.error("Mail worker round failed; it runs again at the next poll", unexpected);
            }
        }
    }

    /** One round: claims what is due and sends it. Returns how many messages left successfully. */
    int sendDue() {
        JavaMailSenderImpl sender = settings.sender();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (OutboxMessage message : claimDue()) {
            if (send(sender, message)) {
                sent++;
            }
        }
        return sent;
    }

    private List<OutboxMessage> claimDue() {
        Instant now = clock.instant();
        Instant staleBefore = now.minus(settings.claimTimeout());
        List<OutboxMessage> claimed = transaction.execute(status -> {
            List<OutboxMessage> mine = new ArrayList<>();
            for (Long id : outbox.findClaimable(now, staleBefore, PageRequest.of(0, BATCH))) {
                if (outbox.claim(id, workerId, now, staleBefore) == 1) {
                    outbox.findById(id).ifPresent(mine::add);
                }
            }
            return mine;
        });
        return claimed == null ? List.of() : claimed;
    }

    private boolean send(JavaMailSenderImpl sender, OutboxMessage message) {
        long id = message.getId();
        if (message.getPersonId() != null
                && !preferences.wants(new PersonId(message.getPersonId()), message.getKind())) {
            transaction.executeWithoutResult(status -> outbox.markDropped(id, workerId));
            return false;
        }
        try {
            sender.send(mime(sender.getSession(), message));
        } catch (MessagingException | RuntimeException failed) {
            int attempt = message.getAttempts(); // the claim counted this attempt
            boolean giveUp = attempt >= settings.maxAttempts();
            Instant retryAt = clock.instant().plus(pauseAfter(attempt));
            String reason = describe(failed);
            transaction.executeWithoutResult(status -> outbox.markFailed(id, workerId,
                    giveUp ? Status.FAILED : Status.PENDING, retryAt, reason));
            log.warn("Mail {} not sent (attempt {}{}): {}", id, attempt, giveUp ? ", giving up" : "", reason);
            return false;
        }
        Integer marked = transaction.execute(status -> outbox.markSent(id, workerId, clock.instant()));
        if (marked == null || marked != 1) {
            log.warn("Mail {} was sent but its claim had been taken over; it may go twice", id);
        }
        return true;
    }

    /** The pause before the next try after the given failed attempt (1-based). */
    static Duration pauseAfter(int attempt) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempt - 1, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private MimeMessage mime(Session session, OutboxMessage message) throws MessagingException {
        MimeMessage mime = new StableIdMessage(session, message.getMessageId());
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        helper.setText(nonNull(message.getTextBody()), nonNull(message.getHtmlBody()));
        if (message.getListUnsubscribe() != null) {
            mime.setHeader("List-Unsubscribe", "<" + message.getListUnsubscribe() + ">");
        }
        return mime;
    }

    private static String nonNull(@Nullable String body) {
        return body == null ? "" : body;
    }

    private static String describe(Exception failed) {
        Throwable root = failed;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = failed.getClass().getSimpleName() + ": " + failed.getMessage()
                + (root == failed ? "" : " / " + root.getClass().getSimpleName() + ": " + root.getMessage());
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /** Keeps our Message-ID: JavaMail would otherwise make a new one on every attempt. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
