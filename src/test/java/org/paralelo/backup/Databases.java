package org.paralelo.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** Row counts per table, read the plain way, to compare a database with its restored copy. */
final class Databases {

    private Databases() {
    }

    static Map<String, Long> rowCounts(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
            List<String> tables = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select table_name from information_schema.tables where "
                         + "table_schema = " + (h2 ? "current_schema()" : "database()")
                         + " and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            tables.removeIf("flyway_schema_history"::equalsIgnoreCase);
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table.toLowerCase(), rows.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
