package org.paralelo.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Instants for plain JDBC, kept as UTC date-times: the way Hibernate ({@code hibernate.jdbc.time_zone=UTC}) writes
 * and reads them everywhere else in the database. A {@link java.sql.Timestamp} is turned into a date-time in the
 * JVM's zone (MariaDB's driver, at every statement) or in the H2 session's (the JVM's when H2 started): hours off
 * the rest of the database wherever that zone is not UTC, and ambiguous in a daylight-saving fall-back hour.
 */
public final class UtcDateTimes {

    private UtcDateTimes() {
    }

    /** The parameter to bind for an instant (null stays null). */
    public static @Nullable LocalDateTime of(@Nullable Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public static @Nullable Instant read(ResultSet row, int column) throws SQLException {
        return toInstant(row.getObject(column, LocalDateTime.class));
    }

    public static @Nullable Instant read(ResultSet row, String column) throws SQLException {
        return toInstant(row.getObject(column, LocalDateTime.class));
    }

    private static @Nullable Instant toInstant(@Nullable LocalDateTime at) {
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
