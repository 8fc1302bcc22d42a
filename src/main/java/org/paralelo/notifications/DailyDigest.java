package org.paralelo.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.paralelo.base.SystemTask;
import org.paralelo.base.UtcDateTimes;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day ({@code paralelo.mail.digest-hour}, 7 by default, in {@code paralelo.mail.digest-zone}, Mexico City
 * by default) gathers each person's notices waiting for the digest into one mail. Each person is done in one
 * transaction that first inserts the row (person, day) of {@code mail_digest}: a second run that day, or the same
 * run on another node, fails on that key and sends nothing. Notices already read in the app, or of a kind the
 * person has since switched off, are left out.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    /** The list of notices (the route of {@code ui.NoticesView}). */
    static final String NOTICES_PATH = "avisos";
    /** More than this many are counted, not listed: the mail must stay light. */
    static final int MAX_LISTED = 50;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final MailSettings settings;
    private final MailPreferences preferences;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final PersonDirectory directory;
    private final Clock clock;
    private final ZoneId zone;

    DailyDigest(JdbcTemplate jdbc, PlatformTransactionManager transactions, MailSettings settings,
                MailPreferences preferences, Outbox outbox, MailTemplates templates, PersonDirectory directory,
                Clock clock, @Value("${paralelo.mail.digest-zone:America/Mexico_City}") ZoneId zone) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
        this.preferences = preferences;
        this.outbox = outbox;
        this.templates = templates;
        this.directory = directory;
        this.clock = clock;
        this.zone = zone;
    }

    @Scheduled(cron = "0 0 ${paralelo.mail.digest-hour:7} * * *", zone = "${paralelo.mail.digest-zone:America/Mexico_City}")
    @SchedulerLock(name = "daily-digest", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void scheduled() {
        int sent = sendDue();
        log.info("Daily digest: {} mails queued", sent);
    }

    /** Queues today's digests; returns how many. Safe to run again, and on several nodes at once. */
    int sendDue() {
        if (!settings.configured()) {
            return 0;
        }
        LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
        List<Long> people = jdbc.queryForList(
                "select distinct person_id from notice where digest_pending = true", Long.class);
        int sent = 0;
        for (long person : people) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> digest(new PersonId(person), day)))) {
                    sent++;
                }
            } catch (DuplicateKeyException alreadyMadeToday) {
                log.debug("The digest of person {} for {} was already made", person, day);
            } catch (RuntimeException failed) {
                // Nothing was kept (the transaction rolled back): the notices wait for the next run.
                log.warn("The digest of person {} for {} failed; it is tried again at the next run", person, day,
                        failed);
            }
        }
        return sent;
    }

    private record Pending(long id, NoticeKind kind, MailTemplates.MailedNotice item, boolean read) {
    }

    private boolean digest(PersonId person, LocalDate day) {
        jdbc.update("insert into mail_digest (person_id, digest_date, notices, created_at) values (?, ?, 0, ?)",
                person.value(), day, UtcDateTimes.of(clock.instant()));
        List<Pending> pending = jdbc.query("""
                select id, kind, actor_name, subject, excerpt, facts, read_at from notice
                where person_id = ? and digest_pending = true order by id""", (row, i) -> {
                    NoticeKind kind = NoticeKind.valueOf(row.getString("kind"));
                    return new Pending(row.getLong("id"), kind, new MailTemplates.MailedNotice(kind,
                            row.getString("actor_name"), row.getString("subject"), row.getString("excerpt"),
                            row.getString("facts")),
                            row.getTimestamp("read_at") != null);
                }, person.value());
        if (pending.isEmpty()) {
            return false;
        }
        // Up to the last one read, so a notice written meanwhile waits for tomorrow instead of being lost.
        jdbc.update("update notice set digest_pending = false where person_id = ? and digest_pending = true and id <= ?",
                person.value(), pending.getLast().id());
        Map<MailKind, MailFrequency> chosen = new EnumMap<>(MailKind.class);
        List<Pending> items = new ArrayList<>();
        for (Pending notice : pending) {
            MailKind kind = notice.kind().mailKind();
            if (!notice.read() && chosen.computeIfAbsent(kind, k -> preferences.frequency(person, k))
                    != MailFrequency.NEVER) {
                items.add(notice);
            }
        }
        if (items.isEmpty()) {
            return false;
        }
        jdbc.update("update mail_digest set notices = ? where person_id = ? and digest_date = ?",
                items.size(), person.value(), day);
        // The mail's kind (and so its unsubscribe link) is the first kind of the digest in the kinds' order.
        MailKind kind = items.stream().map(notice -> notice.kind().mailKind())
                .min(Comparator.naturalOrder()).orElseThrow();
        List<MailTemplates.MailedNotice> listed = items.stream().limit(MAX_LISTED).map(Pending::item).toList();
        String link = outbox.link(NOTICES_PATH);
        return SystemTask.call(() -> directory.mailContact(person)).map(to -> outbox.enqueue(kind, to,
                "<digest." + person.value() + "." + day + "@paralelo>",
                unsubscribe -> templates.renderDigest(listed, items.size(), to, link, unsubscribe))).orElse(false);
    }
}
