package org.paralelo.community.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.UtcDateTimes;

/** Instants are kept as UTC date-times, as Hibernate keeps them elsewhere in the database ({@link UtcDateTimes}). */
final class Times {

    private Times() {
    }

    static @Nullable LocalDateTime utc(@Nullable Instant at) {
        return UtcDateTimes.of(at);
    }

    static @Nullable Instant read(ResultSet row, String column) throws SQLException {
        return UtcDateTimes.read(row, column);
    }

    static Instant required(ResultSet row, String column) throws SQLException {
        Instant at = read(row, column);
        if (at == null) {
            throw new SQLException(column + " is null");
        }
        return at;
    }

    static @Nullable Long optionalLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
