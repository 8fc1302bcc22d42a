package org.paralelo.search;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes change log entries older than {@code paralelo.search.change-retention} (default 7 days), on one node at a
 * time. A node that was down longer than that finds its position pruned and rebuilds its index on start.
 */
@Component
class ChangePruning {

    private static final Logger log = LoggerFactory.getLogger(ChangePruning.class);

    private final ChangeLog changes;
    private final Clock clock;
    private final Duration retention;

    ChangePruning(ChangeLog changes, Clock clock,
                  @Value("${paralelo.search.change-retention:7d}") Duration retention) {
        this.changes = changes;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${paralelo.search.change-prune-interval:1h}", initialDelayString = "5m")
    @SchedulerLock(name = "search-change-prune")
    void prune() {
        int pruned = changes.prune(clock.instant().minus(retention));
        if (pruned > 0) {
            log.info("Pruned {} search change log entries older than {}", pruned, retention);
        }
    }
}
