package org.paralelo.programme;

/**
 * A session's material as its card shows it: a lesson of the run's course (the link opens the lesson) or a file
 * (the link downloads it, for those who may see the session).
 */
public record SessionMaterialView(long id, boolean lesson, String title, String link) {
}
