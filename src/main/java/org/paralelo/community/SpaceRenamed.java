package org.paralelo.community;

/**
 * Inside community: a space got a new name (an admin renamed a category, or a course or run space took its course's
 * or run's new name). Its posts' search breadcrumbs carry the name, so search re-reads them, in the background after
 * the commit ({@link PostSearch}).
 */
record SpaceRenamed(long spaceId) {
}
