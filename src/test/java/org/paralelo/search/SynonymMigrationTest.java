package org.paralelo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V10 brings the sector synonyms to existing installs: an untouched V8 list is replaced, an edited one keeps its
 * lines and gets the new groups appended, and running it again changes nothing. V57 appends more groups to any list,
 * leaving out the lines an admin already typed. On H2 and on MariaDB.
 */
@ParaleloSpringTest
@Tag("persistence")
class SynonymMigrationTest {

    static final String V8_SEED = """
            derechos de autor, propiedad intelectual
            mercadotecnia, marketing
            pyme, pequeña y mediana empresa
            patrocinio, mecenazgo
            presupuesto, presupuestación
            gestor cultural, promotor cultural
            financiamiento, financiación""";

    static final String V10 = "V10__search_sector_synonyms.sql";
    static final String V57 = "V57__search_more_sector_synonyms.sql";
    static final String TARGET_GROUP = "público objetivo, público meta, mercado meta, segmento, segmentos";
    static final String CONFLICT_GROUP = "conflicto, conflictos, desacuerdo, desacuerdos";
    static final String DONATION_GROUP = "donativo, donativos, donación, donaciones";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void the_migrated_list_holds_the_sector_groups_and_parses() throws Exception {
        String lines = lines();
        assertThat(lines).contains("foda, dafo", "derechos de autor, derecho de autor, propiedad intelectual",
                "público objetivo, audiencia", "presupuesto, presupuestar");
        QueryAnalysis.parse(lines);
    }

    @Test
    void the_migrated_list_holds_the_groups_of_v57_once_and_parses() throws Exception {
        String lines = lines();
        assertThat(lines).contains(TARGET_GROUP, CONFLICT_GROUP, "mercadotecnia, marketing, mercadeo",
                "subsidio, subsidios, subvención, subvenciones");
        assertThat(occurrences(lines, DONATION_GROUP)).isEqualTo(1);
        QueryAnalysis.parse(lines);
    }

    @Test
    void v57_keeps_an_admins_lines_adds_only_the_missing_groups_and_running_it_twice_changes_nothing() {
        transactions.executeWithoutResult(tx -> {
            String admins = "trajinera, chalupa\n" + CONFLICT_GROUP;
            jdbc.update("update search_synonyms set synonym_lines = ? where id = 1", admins);
            long version = version();
            migrate(V57);
            String migrated = lines();
            assertThat(migrated).startsWith(admins).contains(TARGET_GROUP, DONATION_GROUP,
                    "financiamiento colectivo, crowdfunding, micromecenazgo");
            assertThat(occurrences(migrated, CONFLICT_GROUP)).as("the admin's line is not repeated").isEqualTo(1);
            assertThat(version()).as("an editor open during the upgrade is told to reload").isEqualTo(version + 1);
            migrate(V57);
            assertThat(lines()).as("twice changes nothing").isEqualTo(migrated);
            assertThat(version()).as("nor moves the version").isEqualTo(version + 1);
            tx.setRollbackOnly();
        });
    }

    @Test
    void v57_leaves_a_list_that_already_holds_every_group_alone() {
        transactions.executeWithoutResult(tx -> {
            String full = lines();
            long version = version();
            migrate(V57);
            assertThat(lines()).isEqualTo(full);
            assertThat(version()).isEqualTo(version);
            tx.setRollbackOnly();
        });
    }

    @Test
    void an_untouched_seed_is_replaced_and_an_edited_list_keeps_its_lines_with_the_groups_appended() {
        transactions.executeWithoutResult(tx -> {
            jdbc.update("update search_synonyms set synonym_lines = ? where id = 1", V8_SEED);
            migrate(V10);
            assertThat(lines()).startsWith("# Un grupo por línea").contains("foda, dafo").doesNotContain("Añadidos");
            tx.setRollbackOnly();
        });
        transactions.executeWithoutResult(tx -> {
            jdbc.update("update search_synonyms set synonym_lines = ? where id = 1", "trajinera, chalupa");
            long version = version();
            migrate(V10);
            String edited = lines();
            assertThat(edited).startsWith("trajinera, chalupa").contains("Añadidos", "foda, dafo");
            assertThat(version()).as("an editor open during the upgrade is told to reload").isEqualTo(version + 1);
            migrate(V10);
            assertThat(lines()).as("twice changes nothing").isEqualTo(edited);
            tx.setRollbackOnly();
        });
    }

    private String lines() {
        return jdbc.queryForObject("select synonym_lines from search_synonyms where id = 1", String.class);
    }

    private long version() {
        return jdbc.queryForObject("select version from search_synonyms where id = 1", Long.class);
    }

    private static int occurrences(String text, String line) {
        return text.split(Pattern.quote(line), -1).length - 1;
    }

    private void migrate(String file) {
        try {
            String sql = new ClassPathResource("db/migration/" + file)
                    .getContentAsString(StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            Arrays.stream(sql.split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).forEach(jdbc::update);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
