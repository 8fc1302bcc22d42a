package org.paralelo.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh place to restore into, of the kind the tests run on: a new data directory, with its own embedded H2
 * database, or (with {@code DB_URL} set, the MariaDB leg) a new empty database on the same server.
 */
final class RestoreTarget implements AutoCloseable {

    private static final String BASE = System.getProperty("paralelo.data-dir", "target/test-data/backup");

    final Path dataDir;
    final String url;
    final DriverManagerDataSource dataSource;
    private final String mariaDatabase;

    private RestoreTarget(Path dataDir, String url, String mariaDatabase) {
        this.dataDir = dataDir;
        this.url = url;
        this.mariaDatabase = mariaDatabase;
        this.dataSource = new DriverManagerDataSource(url, user(), password());
    }

    static RestoreTarget fresh(String label) {
        long n = System.nanoTime();
        Path dataDir = Path.of(BASE).toAbsolutePath().resolveSibling("restore-" + label + "-" + n);
        String mariaUrl = System.getenv("DB_URL");
        if (mariaUrl == null || !mariaUrl.startsWith("jdbc:mariadb:")) {
            return new RestoreTarget(dataDir, h2Url(dataDir), null);
        }
        String server = mariaUrl.substring(0, mariaUrl.lastIndexOf('/'));
        String database = "paralelo_restore_" + Long.toString(n, 36);
        execute(new DriverManagerDataSource(server + "/", user(), password()), "create database " + database
                + " character set utf8mb4 collate utf8mb4_unicode_ci");
        return new RestoreTarget(dataDir, server + "/" + database, database);
    }

    static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db/paralelo")
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0";
    }

    boolean embedded() {
        return mariaDatabase == null;
    }

    @Override
    public void close() {
        if (mariaDatabase != null) {
            execute(dataSource, "drop database if exists " + mariaDatabase);
        } else {
            execute(dataSource, "SHUTDOWN");
        }
    }

    static String user() {
        String user = System.getenv("DB_USER");
        return user == null || System.getenv("DB_URL") == null ? "sa" : user;
    }

    static String password() {
        String password = System.getenv("DB_PASSWORD");
        return password == null || System.getenv("DB_URL") == null ? "" : password;
    }

    static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
