package org.paralelo.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs marked {@code @SchedulerLock} run on one app node at a time: the node that takes the job's row in
 * the {@code shedlock} table (V40) runs it, the others skip that turn. Lock times come from the database's clock.
 * Jobs about one node's own memory (open Vaadin sessions, in-memory counters) carry no lock and run everywhere.
 * <p>The lock is taken and given back in transactions of its own, so it must wrap a job's {@code @Transactional}
 * rather than run inside it, where it would hold a second connection (issue 16). Both advisors would otherwise have
 * the same order and stand in whatever order their beans were registered; this one is placed just outside.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", order = Ordered.LOWEST_PRECEDENCE - 1)
class ScheduledJobLocks {

    @Bean
    LockProvider scheduledJobLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
