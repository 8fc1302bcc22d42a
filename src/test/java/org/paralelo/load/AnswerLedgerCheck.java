package org.paralelo.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * After a load run, with the application stopped: every answer the load test saw acknowledged (the last value per
 * learner, attempt and question position, from {@code answers.ledger}) must be what the database holds. Reads H2
 * in the run's directory, or MariaDB through {@code DB_URL}. Prints the count of lost answers; exit code 1 if any.
 *
 * <pre>java -cp … org.paralelo.load.AnswerLedgerCheck target/load/run</pre>
 */
public final class AnswerLedgerCheck {

    private static final String QUERY = """
            select a.response from quiz_answer a join quiz_attempt t on t.id = a.attempt_id
            join person p on p.id = t.learner_id
            where p.username = ? and t.attempt_number = ? and a.position = ?""";

    private AnswerLedgerCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/load/manual");
        Map<String, String> acknowledged = new LinkedHashMap<>();
        Path ledger = dir.resolve("answers.ledger");
        for (String line : Files.exists(ledger) ? Files.readAllLines(ledger) : java.util.List.<String>of()) {
            int last = line.lastIndexOf(';');
            acknowledged.put(line.substring(0, last), line.substring(last + 1));
        }
        int lost = 0;
        try (Connection db = connect(dir); PreparedStatement query = db.prepareStatement(QUERY)) {
            for (Map.Entry<String, String> answer : acknowledged.entrySet()) {
                String[] key = answer.getKey().split(";");
                query.setString(1, key[0]);
                query.setInt(2, Integer.parseInt(key[1]));
                query.setInt(3, Integer.parseInt(key[2]));
                try (ResultSet row = query.executeQuery()) {
                    String stored = row.next() ? row.getString(1) : "";
                    if (!stored.contains("\"" + answer.getValue() + "\"")) {
                        lost++;
                        System.out.printf("[load] LOST %s: acknowledged %s, database has %s%n", answer.getKey(),
                                answer.getValue(), stored);
                    }
                }
            }
        }
        System.out.printf("[load] acknowledged answers checked in the database: %d, lost: %d%n", acknowledged.size(),
                lost);
        System.exit(lost == 0 ? 0 : 1);
    }

    private static Connection connect(Path dir) throws Exception {
        String url = System.getenv("DB_URL");
        if (url != null && !url.isBlank()) {
            return DriverManager.getConnection(url, System.getenv().getOrDefault("DB_USER", "root"),
                    System.getenv().getOrDefault("DB_PASSWORD", ""));
        }
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/db/paralelo").toAbsolutePath()
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE", "sa", "");
    }
}
