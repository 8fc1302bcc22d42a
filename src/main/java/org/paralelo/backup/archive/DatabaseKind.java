package org.paralelo.backup.archive;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.paralelo.backup.BackupRefusedException;

/** The two databases Paralelo runs on, and the few statements in which they differ. */
public enum DatabaseKind {

    H2("\"", "current_schema()", "SET REFERENTIAL_INTEGRITY "),
    MARIADB("`", "database()", "SET FOREIGN_KEY_CHECKS=");

    /** H2's own isolation level above REPEATABLE READ: one snapshot of every table, taken at the first read. */
    static final int H2_SNAPSHOT = 6;
    static final String HISTORY = "flyway_schema_history";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final String quote;
    private final String currentSchema;
    private final String foreignKeys;

    DatabaseKind(String quote, String currentSchema, String foreignKeys) {
        this.quote = quote;
        this.currentSchema = currentSchema;
        this.foreignKeys = foreignKeys;
    }

    public static DatabaseKind of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.equals("h2")) {
            return H2;
        }
        if (product.contains("maria") || product.contains("mysql")) {
            return MARIADB;
        }
        throw new BackupRefusedException("backup.refused.unsupported-database", product);
    }

    /** A table or column name as this database wants it quoted; only plain lower-case names are accepted. */
    String quote(String identifier) {
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw new BackupRefusedException("backup.refused.foreign", identifier);
        }
        return quote + identifier + quote;
    }

    /**
     * The base tables of the current schema as the database spells them (MariaDB keeps the case they were created
     * with, e.g. Spring Modulith's {@code EVENT_PUBLICATION}; H2 here folds to lower case), Flyway's history included.
     */
    List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
                     + " where table_schema = " + currentSchema + " and table_type = 'BASE TABLE'"
                     + " order by table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** The application's tables: every base table but Flyway's history, which a restore rebuilds by migrating. */
    List<String> dataTables(Connection connection) throws SQLException {
        List<String> tables = tables(connection);
        tables.removeIf(HISTORY::equalsIgnoreCase);
        return tables;
    }

    void foreignKeyChecks(Connection connection, boolean on) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(foreignKeys + (this == H2 ? (on ? "TRUE" : "FALSE") : (on ? "1" : "0")));
        }
    }

    /** Makes a fresh (empty) connection's next read the start of one consistent, read-only snapshot. */
    void beginSnapshot(Connection connection) throws SQLException {
        if (this == H2) {
            // H2's REPEATABLE READ fixes each table at its first read, so tables read later could show newer
            // commits; SNAPSHOT fixes all of them at the first statement.
            connection.setTransactionIsolation(H2_SNAPSHOT);
            connection.setAutoCommit(false);
        } else {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
            }
        }
    }

    /** Removes every table a failed restore created (the database was verified empty before it started). */
    void dropAll(Connection connection) throws SQLException {
        if (this == H2) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP ALL OBJECTS");
            }
            return;
        }
        foreignKeyChecks(connection, false);
        for (String table : tables(connection)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE " + quote(table));
            }
        }
        foreignKeyChecks(connection, true);
    }

    /** H2 does not move an identity column's counter past values inserted explicitly; MariaDB does. */
    void resetIdentities(Connection connection, String table) throws SQLException {
        if (this != H2) {
            return;
        }
        List<String> identities = new ArrayList<>();
        try (var statement = connection.prepareStatement("select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? and is_identity = 'YES'")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    identities.add(rows.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String column : identities) {
            long next;
            try (Statement statement = connection.createStatement();
                 ResultSet max = statement.executeQuery("select coalesce(max(" + quote(column) + "), 0) + 1 from "
                         + quote(table))) {
                max.next();
                next = max.getLong(1);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(column)
                        + " RESTART WITH " + next);
            }
        }
    }
}
