/**
 * Backup and restore: an online, consistent copy of the database (every table, exported inside one snapshot
 * transaction), the stored media files the snapshot refers to and the effective settings, in one ZIP archive with
 * a manifest and a SHA-256 checksum per entry. Archives are written on a schedule and on demand (admin screen,
 * {@code java -jar paralelo.jar backup}), the last N are kept, and {@code java -jar paralelo.jar restore} brings
 * one back into a fresh data directory, on H2 or MariaDB whichever the archive came from. The search index is not
 * copied: it is a cache of the database and is rebuilt at the first start after a restore.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "people"})
@NullMarked
package org.paralelo.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
