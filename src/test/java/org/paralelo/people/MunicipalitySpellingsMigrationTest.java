package org.paralelo.people;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V55__Merge_municipality_spellings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * V55 merges the municipality spellings stored before names were normalised: within a state every variant takes
 * the oldest account's spelling, so reports count "Oaxaca de Juárez" and "oaxaca de juarez" once. The variants are
 * written straight into the table, as the old code stored them. Runs on H2 and MariaDB.
 */
@ParaleloSpringTest
@Tag("persistence")
class MunicipalitySpellingsMigrationTest {

    @Autowired
    AccountService accounts;
    @Autowired
    DataSource dataSource;
    @Autowired
    Flyway flyway;

    @Test
    void the_merge_is_a_migration_flyway_has_applied() {
        assertThat(flyway.info().applied()).extracting(MigrationInfo::getVersion)
                .extracting(Object::toString).contains("55");
    }

    @Test
    void variant_spellings_within_a_state_take_the_oldest_spelling_and_other_states_keep_theirs() throws Exception {
        String town = "Santa Lucía del Camino " + People.uniqueUsername("m").replace("-", " ");
        String lower = MunicipalityNames.fold(town);
        PersonId oldest = person("OAX", town);
        PersonId lowerCase = person("OAX", town);
        PersonId spaced = person("OAX", town);
        PersonId elsewhere = person("CHP", town);
        setMunicipality(lowerCase, lower);
        setMunicipality(spaced, "  " + town.toUpperCase().replace(" ", "   ") + " ");
        setMunicipality(elsewhere, lower);

        try (Connection connection = dataSource.getConnection()) {
            V55__Merge_municipality_spellings.merge(connection);
        }

        assertThat(municipalities(List.of(oldest, lowerCase, spaced))).containsExactly(town, town, town);
        assertThat(municipalities(List.of(elsewhere))).as("the only spelling in Chiapas").containsExactly(lower);
    }

    @Test
    void merging_twice_changes_nothing_the_second_time() throws Exception {
        String town = "San Pedro Pochutla " + People.uniqueUsername("m").replace("-", " ");
        person("OAX", town);
        setMunicipality(person("OAX", town), MunicipalityNames.fold(town));
        try (Connection connection = dataSource.getConnection()) {
            assertThat(V55__Merge_municipality_spellings.merge(connection)).isGreaterThanOrEqualTo(1);
            assertThat(V55__Merge_municipality_spellings.merge(connection)).isZero();
        }
    }

    @Test
    void blank_and_missing_municipalities_are_left_alone() throws Exception {
        PersonId blank = person("OAX", "Tlacolula " + People.uniqueUsername("m"));
        setMunicipality(blank, "   ");
        try (Connection connection = dataSource.getConnection()) {
            V55__Merge_municipality_spellings.merge(connection);
        }
        assertThat(municipalities(List.of(blank))).containsExactly("   ");
    }

    private PersonId person(String state, String municipality) {
        String username = People.uniqueUsername("municipio");
        ProfileData base = People.profile(username);
        ProfileData profile = new ProfileData(base.fullName(), base.email(), base.languageTag(), state, municipality,
                null, base.positionCode(), base.creativeFieldCodes());
        return As.admin(() -> accounts.create(new NewAccount(username, People.PASSWORD, Set.of(Role.LEARNER),
                profile)));
    }

    private void setMunicipality(PersonId person, String spelling) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update person set municipality = ? where id = ?")) {
            update.setString(1, spelling);
            update.setLong(2, person.value());
            update.executeUpdate();
        }
    }

    private List<String> municipalities(List<PersonId> people) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement read = connection.prepareStatement("select municipality from person where id = ?")) {
            for (PersonId person : people) {
                read.setLong(1, person.value());
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    names.add(row.getString(1));
                }
            }
        }
        return names;
    }
}
