package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.paralelo.people.MunicipalityNames;

/**
 * Merges the municipality spellings people stored before names were normalised (issue #11): within a state, every
 * name that folds the same as an earlier one ("oaxaca de juarez", " Oaxaca  de Juárez ") takes the spelling of the
 * oldest account ("Oaxaca de Juárez"), the one new entries already fold into. In Java because folding accents the
 * same way on H2 and MariaDB is not possible in plain SQL; found by Flyway's classpath scan, so a restore (which
 * migrates without Spring) runs it too.
 */
public class V55__Merge_municipality_spellings extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        merge(context.getConnection());
    }

    /** Rewrites the variant spellings on the given connection; returns how many rows changed. */
    public static int merge(Connection connection) throws SQLException {
        Map<String, String> first = new HashMap<>();
        Map<Long, String> changes = new HashMap<>();
        try (PreparedStatement read = connection.prepareStatement(
                "select id, state_code, municipality from person where municipality is not null order by id");
             ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                String name = rows.getString(3);
                String folded = MunicipalityNames.fold(name);
                if (folded.isEmpty()) {
                    continue;
                }
                String spelling = first.computeIfAbsent(rows.getString(2) + "|" + folded,
                        key -> name.strip().replaceAll("\\s+", " "));
                if (!spelling.equals(name)) {
                    changes.put(rows.getLong(1), spelling);
                }
            }
        }
        try (PreparedStatement write = connection.prepareStatement(
                "update person set municipality = ? where id = ?")) {
            for (Map.Entry<Long, String> change : changes.entrySet()) {
                write.setString(1, change.getValue());
                write.setLong(2, change.getKey());
                write.addBatch();
            }
            write.executeBatch();
        }
        return changes.size();
    }
}
