package org.paralelo.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.people.domain.PersonRepository;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bulk import end to end against the database (tagged persistence, so it runs on MariaDB too): preview,
 * confirm in one transaction, idempotent re-import, serialised concurrent confirms.
 */
@ParaleloSpringTest
@Tag("persistence")
class ParticipantImportServiceTest {

    @Autowired
    ParticipantImportService imports;
    @Autowired
    RegionService regions;
    @Autowired
    AccountService accounts;
    @Autowired
    PersonRepository people;

    private String run;
    private RegionView south;

    @BeforeEach
    void regions() {
        run = People.uniqueUsername("imp");
        // The seeded region of Oaxaca: other tests expect every state in exactly one region, so none is added here.
        south = As.anonymous(() -> regions.regionOf(MexicanState.OAX)).orElseThrow();
    }

    @Test
    void a_thousand_rows_with_fifty_deliberate_errors_report_exactly_those_fifty_and_import_the_rest() {
        List<String> owners = new ArrayList<>();
        List<String> existingEmails = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            owners.add(People.uniqueUsername("duena"));
            People.create(accounts, owners.getLast(), Role.LEARNER);
            String someone = People.uniqueUsername("ya-existe");
            People.create(accounts, someone, Role.LEARNER);
            existingEmails.add(someone + "@ejemplo.mx");
        }
        ImportFiles file = new ImportFiles();
        List<ImportProblem> expected = new ArrayList<>();
        Map<ImportProblemKind, Integer> perKind = new EnumMap<>(ImportProblemKind.class);
        int good = 0;
        for (int i = 0; i < 1000; i++) {
            int line = file.nextLine();
            if (i % 20 == 19) {
                ImportProblemKind kind = ERROR_KINDS.get(expected.size() % ERROR_KINDS.size());
                perKind.merge(kind, 1, Integer::sum);
                expected.add(errorRow(file, kind, line, i, existingEmails, owners));
            } else {
                file.row("Persona " + i + " " + run, email(i), "", "Directora de cultura municipal", "Oaxaca",
                        "Oaxaca de Juárez", south.name(), i % 2 == 0 ? "es" : "English");
                good++;
            }
        }
        ImportTable table = As.admin(() -> imports.read(file.bytes()));
        ImportMapping mapping = As.admin(() -> imports.proposedMapping(table.headers()));

        long start = System.nanoTime();
        ImportPreview preview = As.admin(() -> imports.preview(table, mapping));
        Duration previewTime = Duration.ofNanos(System.nanoTime() - start);

        assertThat(preview.problems()).hasSize(50);
        assertThat(preview.problems()).extracting(p -> p.line() + ":" + p.column() + ":" + p.kind())
                .containsExactlyInAnyOrderElementsOf(expected.stream()
                        .map(p -> p.line() + ":" + p.column() + ":" + p.kind()).toList());
        assertThat(perKind.keySet()).hasSize(ERROR_KINDS.size());
        assertThat(preview.count(ImportOutcome.CREATE)).isEqualTo(good);
        assertThat(preview.count(ImportOutcome.ERROR)).isEqualTo(50);

        start = System.nanoTime();
        ImportResult result = As.admin(() -> imports.confirm(table, mapping));
        Duration confirmTime = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("BENCHMARK participant import, 1,000 rows (50 errors): preview %d ms, confirm %d ms%n",
                previewTime.toMillis(), confirmTime.toMillis());

        assertThat(result.created()).isEqualTo(good);
        assertThat(result.skipped()).isEqualTo(50);
        assertThat(result.links()).hasSize(good);
        assertThat(result.links().getFirst().expiresAt()).isAfter(Instant.now().plus(Duration.ofDays(13)))
                .isBefore(Instant.now().plus(Duration.ofDays(15)));
        var stored = people.findByEmail(email(0)).orElseThrow();
        assertThat(stored.hasPassword()).isFalse();
        assertThat(stored.getState()).isEqualTo(MexicanState.OAX);
        assertThat(stored.getRegion().getId()).isEqualTo(south.id());
        assertThat(stored.getPosition()).isEqualTo(Position.MUNICIPAL_CULTURE_DIRECTOR);
        assertThat(people.findByEmail(email(1)).orElseThrow().getPreferredLanguage()).isEqualTo("en");

        ImportResult again = As.admin(() -> imports.confirm(table, mapping));
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(good);
        assertThat(again.links()).isEmpty();
    }

    private static final List<ImportProblemKind> ERROR_KINDS = List.of(ImportProblemKind.MISSING,
            ImportProblemKind.BAD_EMAIL, ImportProblemKind.BAD_USERNAME, ImportProblemKind.UNKNOWN_STATE,
            ImportProblemKind.UNKNOWN_REGION, ImportProblemKind.REGION_NOT_IN_STATE,
            ImportProblemKind.UNKNOWN_POSITION, ImportProblemKind.UNKNOWN_LANGUAGE,
            ImportProblemKind.DUPLICATE_IN_FILE, ImportProblemKind.USERNAME_TAKEN);

    /** Writes a row with exactly one problem of this kind; answers the problem expected (line, column, kind). */
    private ImportProblem errorRow(ImportFiles file, ImportProblemKind kind, int line, int i,
                                   List<String> existingEmails, List<String> owners) {
        String name = "Persona " + i + " " + run;
        String region = south.name();
        int column = switch (kind) {
            case MISSING -> { file.row("", email(i), "", "", "Oaxaca", "", region, "es"); yield 1; }
            case BAD_EMAIL -> { file.row(name, "sin-arroba-" + i, "", "", "Oaxaca", "", region, "es"); yield 2; }
            case BAD_USERNAME -> { file.row(name, email(i), "Ñ no vale", "", "Oaxaca", "", region, "es"); yield 3; }
            case UNKNOWN_POSITION -> { file.row(name, email(i), "", "Astronauta", "OAX", "", region, "es"); yield 4; }
            case UNKNOWN_STATE -> { file.row(name, email(i), "", "", "Atlántida", "", region, "es"); yield 5; }
            case UNKNOWN_REGION -> { file.row(name, email(i), "", "", "Oaxaca", "", "Polo Norte", "es"); yield 7; }
            case REGION_NOT_IN_STATE -> { file.row(name, email(i), "", "", "Jalisco", "", region, "es"); yield 7; }
            case UNKNOWN_LANGUAGE -> { file.row(name, email(i), "", "", "Oaxaca", "", region, "klingon"); yield 8; }
            case DUPLICATE_IN_FILE -> { file.row(name, email(i - 1), "", "", "Oaxaca", "", region, "es"); yield 2; }
            case USERNAME_TAKEN -> {
                file.row(name, existingEmails.removeFirst(), owners.removeFirst(), "", "Oaxaca", "", region, "es");
                yield 3;
            }
            default -> throw new IllegalArgumentException(kind.name());
        };
        return new ImportProblem(line, column, "", kind, "");
    }

    private String email(int i) {
        return "p" + i + "." + run + "@ejemplo.mx";
    }

    @Test
    void two_confirms_of_the_same_file_at_once_create_each_person_once() throws Exception {
        ImportFiles file = new ImportFiles();
        for (int i = 0; i < 20; i++) {
            file.row("Doble " + i, email(i), "", "", "", "", "", "");
        }
        ImportTable table = As.admin(() -> imports.read(file.bytes()));
        ImportMapping mapping = ImportMapping.guess(table.headers());
        Callable<ImportResult> confirm = () -> As.admin(() -> imports.confirm(table, mapping));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ImportResult> first = pool.submit(confirm);
            Future<ImportResult> second = pool.submit(confirm);
            assertThat(first.get().created() + second.get().created()).isEqualTo(20);
            assertThat(first.get().unchanged() + second.get().unchanged()).isEqualTo(20);
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < 20; i++) {
            assertThat(people.findByEmail(email(i))).isPresent();
        }
    }

    @Test
    void a_changed_row_updates_the_person_and_the_username_column_matches_when_the_email_is_new() {
        ImportFiles file = new ImportFiles().row("Ana " + run, email(1), "ana-" + run, "", "Oaxaca", "", "", "");
        ImportTable first = As.admin(() -> imports.read(file.bytes()));
        As.admin(() -> imports.confirm(first, ImportMapping.guess(first.headers())));

        ImportFiles changed = new ImportFiles()
                .row("Ana María " + run, email(2), "ana-" + run, "Artesana", "Oaxaca", "", "", "en");
        ImportTable second = As.admin(() -> imports.read(changed.bytes()));
        ImportPreview preview = As.admin(() -> imports.preview(second, ImportMapping.guess(second.headers())));
        assertThat(preview.rows()).extracting(ImportRowPreview::outcome).containsExactly(ImportOutcome.UPDATE);
        ImportResult result = As.admin(() -> imports.confirm(second, ImportMapping.guess(second.headers())));

        assertThat(result.updated()).isEqualTo(1);
        var person = people.findByUsername("ana-" + run).orElseThrow();
        assertThat(person.getEmail()).isEqualTo(email(2));
        assertThat(person.getFullName()).isEqualTo("Ana María " + run);
        assertThat(person.getPosition()).isEqualTo(Position.ARTISAN);
    }

    @Test
    void the_mapping_an_admin_confirms_is_proposed_again_for_the_same_headers() {
        String csv = "Col A;Col B;Col C " + run + "\n" + "Beto " + run + ";" + email(3) + ";x\n";
        ImportTable table = As.admin(() -> imports.read(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(table.headers()).hasSize(3);
        ImportMapping chosen = new ImportMapping(java.util.Arrays.asList(ImportField.FULL_NAME, ImportField.EMAIL,
                null));
        assertThat(As.admin(() -> imports.proposedMapping(table.headers()))).isNotEqualTo(chosen);

        As.admin(() -> imports.confirm(table, chosen));

        assertThat(As.admin(() -> imports.proposedMapping(table.headers()))).isEqualTo(chosen);
    }
}
