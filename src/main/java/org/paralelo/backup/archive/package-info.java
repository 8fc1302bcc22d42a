/** The archive format and the engine that writes, checks and restores it; plain JDBC, no Spring beans. */
@NullMarked
package org.paralelo.backup.archive;

import org.jspecify.annotations.NullMarked;
