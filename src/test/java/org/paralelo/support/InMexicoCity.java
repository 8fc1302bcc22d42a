package org.paralelo.support;

import java.time.LocalDateTime;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs plain-JDBC work in one transaction as in a JVM started in Mexico City (UTC-6), to show that what is stored
 * or compared does not depend on the JVM's zone. H2 takes its session's zone from the JVM's when the JVM starts;
 * MariaDB's driver reads the JVM's at every statement: both are set, for this transaction only.
 */
public final class InMexicoCity {

    private InMexicoCity() {
    }

    public static <T> T call(PlatformTransactionManager transactions, JdbcTemplate jdbc, Supplier<T> work) {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Mexico_City"));
            return new TransactionTemplate(transactions).execute(status -> {
                boolean h2 = "H2".equals(jdbc.execute((ConnectionCallback<String>) c ->
                        c.getMetaData().getDatabaseProductName()));
                if (h2) {
                    jdbc.execute("set time zone 'America/Mexico_City'");
                }
                try {
                    return work.get();
                } finally {
                    if (h2) {
                        jdbc.execute("set time zone local");
                    }
                }
            });
        } finally {
            TimeZone.setDefault(original);
        }
    }

    public static void run(PlatformTransactionManager transactions, JdbcTemplate jdbc, Runnable work) {
        call(transactions, jdbc, () -> {
            work.run();
            return null;
        });
    }

    /** A column's stored date-time as it is, with no zone conversion (what Hibernate reads as UTC). */
    public static LocalDateTime stored(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForObject(sql, (rs, i) -> rs.getObject(1, LocalDateTime.class), args);
    }
}
