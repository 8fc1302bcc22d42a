package org.paralelo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V10 brings the sector synonyms to existing installs: an untouched V8 list is replaced, an edited one keeps its
 * lines and gets the new groups appended, and running it again changes nothing. On H2 and on MariaDB.
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
    void an_untouched_seed_is_replaced_and_an_edited_list_keeps_its_lines_with_the_groups_appended() {
        transactions.executeWithoutResult(tx -> {
            jdbc.update("update search_synonyms set synonym_lines = ? where id = 1", V8_SEED);
            migrate();
            assertThat(lines()).startsWith("# Un grupo por línea").contains("foda, dafo").doesNotContain("Añadidos");
            tx.setRollbackOnly();
        });
        transactions.executeWithoutResult(tx -> {
            jdbc.update("update search_synonyms set synonym_lines = ? where id = 1", "trajinera, chalupa");
            long version = jdbc.queryForObject("select version from search_synonyms where id = 1", Long.class);
            migrate();
            String edited = lines();
            assertThat(edited).startsWith("trajinera, chalupa").contains("Añadidos", "foda, dafo");
            assertThat(jdbc.queryForObject("select version from search_synonyms where id = 1", Long.class))
                    .as("an editor open during the upgrade is told to reload").isEqualTo(version + 1);
            migrate();
            assertThat(lines()).as("twice changes nothing").isEqualTo(edited);
            tx.setRollbackOnly();
        });
    }

    private String lines() {
        return jdbc.queryForObject("select synonym_lines from search_synonyms where id = 1", String.class);
    }

    private void migrate() {
        try {
            String sql = new ClassPathResource("db/migration/V10__search_sector_synonyms.sql")
                    .getContentAsString(StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            Arrays.stream(sql.split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).forEach(jdbc::update);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
