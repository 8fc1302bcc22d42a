package org.paralelo.support;

import java.time.Clock;
import org.paralelo.base.AttemptLog;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What a second app node's share of the database is made of, built over the test context's DataSource: tests of
 * state shared between nodes use it as "node B" instead of starting a second context (which would share this one's
 * data directory and search index lock, and cost a minute of the two cores).
 */
public final class SecondNode {

    private SecondNode() {
    }

    /** A second node's own {@link AttemptLog} on the same database and clock. */
    public static AttemptLog attemptLog(ApplicationContext app) {
        return new AttemptLog(app.getBean(JdbcClient.class), app.getBean(PlatformTransactionManager.class),
                app.getBean(Clock.class));
    }
}
