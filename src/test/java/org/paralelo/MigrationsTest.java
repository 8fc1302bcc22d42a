package org.paralelo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Flyway migrations apply cleanly and Hibernate validates the entities against them (the context would not
 * start otherwise). Runs on H2 and, in CI's MariaDB leg, on MariaDB.
 */
@ParaleloSpringTest
@Tag("persistence")
class MigrationsTest {

    @Autowired
    Flyway flyway;
    @Autowired
    DataSource dataSource;

    @Test
    void every_migration_is_applied_and_none_is_pending() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).hasSizeGreaterThanOrEqualTo(2);
        flyway.validate();
    }

    @Test
    void the_schema_has_the_tables_the_entities_need() throws Exception {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rows = meta.getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME").toLowerCase());
                }
            }
        }
        assertThat(tables).contains("person", "person_role", "person_creative_field", "region", "platform_setting",
                "course", "course_module", "course_item", "course_version", "course_topic", "course_trainer", "topic",
                "media_file", "course_media", "course_version_media");
    }
}
