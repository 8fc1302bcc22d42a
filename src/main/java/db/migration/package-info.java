/**
 * Flyway's Java migrations, for the few changes plain SQL cannot make the same way on H2 and MariaDB. Flyway finds
 * them by scanning {@code classpath:db/migration}, next to the SQL ones, so a restore (which runs Flyway without
 * Spring) applies them too. Version numbers share the one sequence of the SQL files.
 */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
