package org.paralelo.backup.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paralelo.backup.BackupRefusedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One table as JSON lines, the same on H2 and MariaDB: a header line with the table and its columns, then one
 * array per row, ordered by primary key. Values are typed by their JDBC type, not by the engine's text form, so a
 * table exported from one database loads into the other: numbers and booleans as JSON, decimals and date-times as
 * ISO text, binary as Base64, everything else as text.
 */
final class TableRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 500;

    private TableRows() {
    }

    /** Writes the table; answers the number of rows. */
    static long export(Connection connection, DatabaseKind kind, String table, Writer out)
            throws SQLException, IOException {
        List<String> key = primaryKey(connection, kind, table);
        StringBuilder select = new StringBuilder("select * from ").append(kind.quote(table));
        if (!key.isEmpty()) {
            select.append(" order by ").append(String.join(", ", key.stream().map(kind::quote).toList()));
        }
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(1000);
            try (ResultSet result = statement.executeQuery(select.toString())) {
                ResultSetMetaData meta = result.getMetaData();
                int count = meta.getColumnCount();
                ObjectNode header = JSON.createObjectNode().put("table", table.toLowerCase(Locale.ROOT));
                ArrayNode columns = header.putArray("columns");
                for (int i = 1; i <= count; i++) {
                    columns.addObject().put("name", meta.getColumnLabel(i).toLowerCase(Locale.ROOT))
                            .put("type", meta.getColumnTypeName(i));
                }
                out.write(JSON.writeValueAsString(header));
                out.write('\n');
                while (result.next()) {
                    ArrayNode row = JSON.createArrayNode();
                    for (int i = 1; i <= count; i++) {
                        write(result, i, meta.getColumnType(i), meta.getColumnTypeName(i), row);
                    }
                    out.write(JSON.writeValueAsString(row));
                    out.write('\n');
                    rows++;
                }
            }
        }
        out.flush();
        return rows;
    }

    /**
     * Loads the rows of one exported table into the same table of the target, found whatever its case
     * ({@code tables}: the target's tables by lower-case name); answers the number of rows.
     */
    static long load(Connection connection, DatabaseKind kind, Map<String, String> tables, BufferedReader in)
            throws SQLException, IOException {
        String first = in.readLine();
        if (first == null) {
            throw new BackupRefusedException("backup.refused.damaged", "?");
        }
        JsonNode header = JSON.readTree(first);
        String table = tables.get(header.path("table").asString("").toLowerCase(Locale.ROOT));
        if (table == null) {
            throw new BackupRefusedException("backup.refused.foreign", header.path("table").asString(""));
        }
        List<String> names = new ArrayList<>();
        header.path("columns").forEach(column -> names.add(column.path("name").asString("")));
        Map<String, Integer> targetTypes = new HashMap<>();
        Map<String, String> targetTypeNames = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet empty = statement.executeQuery("select * from " + kind.quote(table) + " where 1 = 0")) {
            ResultSetMetaData meta = empty.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                targetTypes.put(name, meta.getColumnType(i));
                targetTypeNames.put(name, meta.getColumnTypeName(i));
            }
        }
        for (String name : names) {
            if (!targetTypes.containsKey(name)) {
                throw new BackupRefusedException("backup.refused.foreign", table + "." + name);
            }
        }
        String insert = "insert into " + kind.quote(table) + " ("
                + String.join(", ", names.stream().map(kind::quote).toList()) + ") values ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        try (Statement clear = connection.createStatement()) {
            // Rows a migration inserted (reference data) are replaced by the archive's own.
            clear.executeUpdate("delete from " + kind.quote(table));
        }
        long rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            String line;
            int pending = 0;
            while ((line = in.readLine()) != null) {
                JsonNode row = JSON.readTree(line);
                if (!row.isArray() || row.size() != names.size()) {
                    throw new BackupRefusedException("backup.refused.damaged", table);
                }
                for (int i = 0; i < names.size(); i++) {
                    bind(statement, i + 1, row.get(i), targetTypes.get(names.get(i)),
                            targetTypeNames.get(names.get(i)));
                }
                statement.addBatch();
                rows++;
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
        kind.resetIdentities(connection, table);
        return rows;
    }

    private static void write(ResultSet result, int i, int type, String typeName, ArrayNode row)
            throws SQLException {
        if ("UUID".equalsIgnoreCase(typeName)) {
            String text = result.getString(i);
            if (text == null) {
                row.addNull();
            } else {
                row.add(text);
            }
            return;
        }
        switch (type) {
            case Types.BIT, Types.BOOLEAN -> {
                boolean value = result.getBoolean(i);
                if (result.wasNull()) {
                    row.addNull();
                } else {
                    row.add(value);
                }
            }
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
                long value = result.getLong(i);
                if (result.wasNull()) {
                    row.addNull();
                } else {
                    row.add(value);
                }
            }
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> {
                double value = result.getDouble(i);
                if (result.wasNull()) {
                    row.addNull();
                } else {
                    row.add(value);
                }
            }
            case Types.DECIMAL, Types.NUMERIC -> addText(row, result.getBigDecimal(i), BigDecimal::toPlainString);
            case Types.DATE -> addText(row, result.getObject(i, LocalDate.class), Object::toString);
            case Types.TIME -> addText(row, result.getObject(i, LocalTime.class), Object::toString);
            case Types.TIMESTAMP -> addText(row, result.getObject(i, LocalDateTime.class), Object::toString);
            case Types.TIMESTAMP_WITH_TIMEZONE ->
                    addText(row, result.getObject(i, OffsetDateTime.class), Object::toString);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                    addText(row, result.getBytes(i), bytes -> Base64.getEncoder().encodeToString(bytes));
            default -> addText(row, result.getString(i), text -> text);
        }
    }

    private static <T> void addText(ArrayNode row, T value, java.util.function.Function<T, String> text) {
        if (value == null) {
            row.addNull();
        } else {
            row.add(text.apply(value));
        }
    }

    private static void bind(PreparedStatement statement, int i, JsonNode value, int type, String typeName)
            throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(i, type);
            return;
        }
        if ("UUID".equalsIgnoreCase(typeName)) {
            statement.setString(i, value.asString());
            return;
        }
        switch (type) {
            case Types.BIT, Types.BOOLEAN -> statement.setBoolean(i, value.isBoolean() ? value.asBoolean()
                    : value.asLong() != 0);
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> statement.setLong(i, value.isBoolean()
                    ? (value.asBoolean() ? 1 : 0) : value.asLong());
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> statement.setDouble(i, value.asDouble());
            case Types.DECIMAL, Types.NUMERIC -> statement.setBigDecimal(i, new BigDecimal(value.asString()));
            case Types.DATE -> statement.setObject(i, LocalDate.parse(value.asString()));
            case Types.TIME -> statement.setObject(i, LocalTime.parse(value.asString()));
            case Types.TIMESTAMP -> statement.setObject(i, LocalDateTime.parse(value.asString()));
            case Types.TIMESTAMP_WITH_TIMEZONE -> statement.setObject(i, OffsetDateTime.parse(value.asString()));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                    statement.setBytes(i, Base64.getDecoder().decode(value.asString()));
            default -> statement.setString(i, value.isString() ? value.asString() : value.toString());
        }
    }

    private static List<String> primaryKey(Connection connection, DatabaseKind kind, String table)
            throws SQLException {
        Map<Short, String> columns = new java.util.TreeMap<>();
        String schema = kind == DatabaseKind.H2 ? connection.getSchema() : null;
        try (ResultSet keys = connection.getMetaData().getPrimaryKeys(connection.getCatalog(), schema, table)) {
            while (keys.next()) {
                columns.put(keys.getShort("KEY_SEQ"), keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(columns.values());
    }
}
