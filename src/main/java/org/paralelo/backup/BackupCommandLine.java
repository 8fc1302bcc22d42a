package org.paralelo.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.paralelo.backup.archive.ArchiveWriter;
import org.paralelo.backup.archive.Archives;
import org.paralelo.backup.archive.Manifest;
import org.paralelo.backup.archive.Progress;
import org.paralelo.backup.archive.Restorer;
import org.paralelo.base.Languages;
import org.paralelo.base.SystemTask;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code java -jar paralelo.jar backup [--to <folder>]}, {@code restore <archive> [--data-dir <folder>]} and
 * {@code verify <archive>}: run before (and instead of) the web application, with the same configuration
 * ({@code application.properties}, {@code PARALELO_DATA_DIR}, {@code DB_URL}…). Messages follow the system
 * language (Spanish or English). Exit status 0 when done, 1 when refused or failed, 2 for a wrong command line.
 */
public final class BackupCommandLine {

    private static final List<String> COMMANDS = List.of("backup", "restore", "verify");

    private final PrintStream out;
    private final PrintStream err;
    private final ResourceBundle messages;

    BackupCommandLine(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.messages = ResourceBundle.getBundle("messages",
                "es".equals(locale.getLanguage()) ? Languages.SPANISH : Locale.ENGLISH);
    }

    /** Whether these arguments ask for a command of this class rather than the web application. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command; answers the exit status. */
    public static int run(String[] args) {
        LoggingSystem.get(BackupCommandLine.class.getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME,
                LogLevel.WARN);
        return new BackupCommandLine(System.out, System.err, Locale.getDefault()).execute(args);
    }

    int execute(String[] args) {
        List<String> positional = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        String to = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("--to") || arg.equals("--data-dir")) && i + 1 < args.length) {
                if (arg.equals("--to")) {
                    to = args[++i];
                } else {
                    springArgs.add("--paralelo.data-dir=" + args[++i]);
                }
            } else if (arg.startsWith("--to=")) {
                to = arg.substring("--to=".length());
            } else if (arg.startsWith("--data-dir=")) {
                springArgs.add("--paralelo.data-dir=" + arg.substring("--data-dir=".length()));
            } else if (arg.startsWith("--")) {
                springArgs.add(arg);
            } else {
                positional.add(arg);
            }
        }
        String command = args[0];
        boolean needsArchive = !command.equals("backup");
        if (needsArchive != (positional.size() == 1) || !needsArchive && !positional.isEmpty()) {
            err.println(text("backup.cli.usage"));
            return 2;
        }
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(
                springArgs.toArray(String[]::new)));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        try {
            return switch (command) {
                case "backup" -> backup(environment, to);
                case "restore" -> restore(environment, Path.of(positional.getFirst()));
                default -> verify(Path.of(positional.getFirst()));
            };
        } catch (BackupRefusedException e) {
            err.println(text(e.messageKey(), e.arguments()));
            return 1;
        } catch (Exception e) {
            err.println(text("backup.cli.failed", String.valueOf(e.getMessage())));
            return 1;
        }
    }

    private int backup(StandardEnvironment environment, String to) throws Exception {
        String url = environment.getRequiredProperty("spring.datasource.url");
        if (url.startsWith("jdbc:h2:") && !url.contains("IFEXISTS")) {
            url += ";IFEXISTS=TRUE";
        }
        Path dataDir = Path.of(environment.getRequiredProperty("paralelo.data-dir")).toAbsolutePath().normalize();
        Path target = Path.of(to != null ? to : environment.getRequiredProperty("paralelo.backup.dir"));
        DriverManagerDataSource database = dataSource(environment, url);
        ArchiveWriter.Written written;
        try {
            written = new ArchiveWriter(database, dataDir.resolve("media"), Configuration.appVersion(),
                    Configuration.recordedSettings(environment), Clock.systemUTC()).write(target, Progress.NONE);
        } catch (SQLException e) {
            throw translate(e, dataDir);
        }
        Manifest manifest = written.manifest();
        out.println(text("backup.cli.written", written.path(), manifest.tables().size(), manifest.rows(),
                manifest.mediaFiles()));
        return 0;
    }

    private int restore(StandardEnvironment environment, Path archive) throws Exception {
        Path dataDir = Path.of(environment.getRequiredProperty("paralelo.data-dir")).toAbsolutePath().normalize();
        String url = environment.getRequiredProperty("spring.datasource.url");
        boolean embedded = url.startsWith("jdbc:h2:");
        boolean fresh = !Files.exists(dataDir);
        // Checked before any connection: opening the embedded database would create its file.
        Manifest checked = Restorer.check(archive, dataDir, Progress.NONE);
        DriverManagerDataSource database = dataSource(environment, url);
        Manifest manifest;
        try {
            manifest = Restorer.load(checked, archive, database, dataDir, Progress.NONE);
        } catch (Exception e) {
            if (embedded) {
                removeEmbeddedDatabase(database, dataDir, fresh);
            }
            if (e instanceof SQLException sql) {
                throw translate(sql, dataDir);
            }
            throw e;
        }
        recordInAuditLog(database, archive, manifest);
        if (embedded) {
            shutDown(database);
        }
        out.println(text("backup.cli.restored", archive, dataDir, manifest.createdAt(), manifest.tables().size(),
                manifest.rows(), manifest.mediaFiles()));
        return 0;
    }

    /**
     * The restored database's audit log says it was restored, from what and when: the command line has no signed-in
     * person, so the entry names the system user of the machine. Archives older than the audit log get no entry.
     */
    private static void recordInAuditLog(DataSource database, Path archive, Manifest manifest) {
        String subject = archive.getFileName() + " (" + manifest.createdAt() + ")";
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into audit_entry "
                     + "(occurred_at, actor, action, subject, source) values (?, ?, 'BACKUP_RESTORED', ?, ?)")) {
            insert.setObject(1, LocalDateTime.now(ZoneOffset.UTC));
            insert.setString(2, SystemTask.SYSTEM_USER);
            insert.setString(3, subject.length() > 500 ? subject.substring(0, 500) : subject);
            insert.setString(4, "command line");
            insert.executeUpdate();
        } catch (SQLException noAuditLogInThatSchema) {
            // Schemas before V22 have no audit_entry table; the restore itself stands.
        }
    }

    private int verify(Path archive) {
        Manifest manifest = Archives.verify(archive, Archives.latestSchema(), Progress.NONE);
        out.println(text("backup.cli.verified", archive, manifest.createdAt(), manifest.appVersion(),
                manifest.schemaVersion(), manifest.databaseKind(), manifest.rows(), manifest.mediaFiles()));
        return 0;
    }

    /** After a failed restore into a fresh folder, its embedded database file goes too. */
    private static void removeEmbeddedDatabase(DriverManagerDataSource database, Path dataDir, boolean fresh) {
        shutDown(database);
        try (Stream<Path> files = Files.walk(dataDir.resolve("db"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (java.io.IOException | RuntimeException ignored) {
            // Best effort: the folder was empty before, the message says the restore failed.
        }
        if (fresh) {
            try (Stream<Path> all = Files.walk(dataDir)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException | RuntimeException ignored) {
                // As above.
            }
        }
    }

    private static void shutDown(DriverManagerDataSource database) {
        try (var connection = database.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException | RuntimeException ignored) {
            // Already closed.
        }
    }

    private static BackupRefusedException translate(SQLException e, Path dataDir) {
        int code = e.getErrorCode();
        if (code == 90020 || String.valueOf(e.getMessage()).contains("already in use")) {
            return new BackupRefusedException("backup.refused.in-use", dataDir.toString());
        }
        if (code == 90146) {
            return new BackupRefusedException("backup.refused.no-database");
        }
        return new BackupRefusedException("backup.cli.failed", String.valueOf(e.getMessage()));
    }

    private static DriverManagerDataSource dataSource(StandardEnvironment environment, String url) {
        DriverManagerDataSource database = new DriverManagerDataSource(url,
                environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", ""));
        return database;
    }

    String text(String key, Object... arguments) {
        try {
            return new MessageFormat(messages.getString(key), messages.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
