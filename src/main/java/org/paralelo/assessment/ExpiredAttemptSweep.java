package org.paralelo.assessment;

import java.time.Clock;
import java.time.Instant;
import org.paralelo.assessment.domain.QuizAttemptRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits attempts whose time ran out while nobody was looking (the learner closed the browser), so standings and
 * grading queues do not wait for the learner's next visit. Each attempt in its own transaction, under its row lock.
 */
@Component
class ExpiredAttemptSweep {

    private static final Logger log = LoggerFactory.getLogger(ExpiredAttemptSweep.class);

    private final QuizAttemptRepository attempts;
    private final AttemptGrading grading;
    private final Clock clock;
    private final TransactionTemplate inTransaction;

    ExpiredAttemptSweep(QuizAttemptRepository attempts, AttemptGrading grading, Clock clock,
                        PlatformTransactionManager transactions) {
        this.attempts = attempts;
        this.grading = grading;
        this.clock = clock;
        this.inTransaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${paralelo.attempts.sweep-interval:60s}", initialDelayString = "60s")
    @SchedulerLock(name = "expired-attempt-sweep")
    void sweep() {
        submitExpired();
    }

    /** Returns how many attempts were submitted. */
    int submitExpired() {
        Instant now = clock.instant();
        int submitted = 0;
        for (long id : attempts.findExpired(AttemptState.IN_PROGRESS, now)) {
            try {
                Boolean done = inTransaction.execute(status -> attempts.lockById(id).filter(a -> a.expiredAt(now))
                        .map(a -> {
                            grading.submit(a, now);
                            return true;
                        }).orElse(false));
                submitted += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException failed) {
                log.warn("Could not submit expired attempt {}", id, failed);
            }
        }
        return submitted;
    }
}
