package org.paralelo.community;

/**
 * Inside community: an admin renamed a category. Its posts' search breadcrumbs carry the name, so search re-reads
 * them, in the background after the commit ({@link PostSearch}).
 */
record CategoryRenamed(long spaceId) {
}
