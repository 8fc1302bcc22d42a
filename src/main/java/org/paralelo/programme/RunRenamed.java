package org.paralelo.programme;

/**
 * A run got a new name. Whatever shows the run by name and keeps a copy of it (the run's network space and its
 * posts in search) takes the new one, after the rename's commit.
 */
public record RunRenamed(RunId run, String name) {
}
