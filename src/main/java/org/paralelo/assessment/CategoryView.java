package org.paralelo.assessment;

/** A category of a course's question bank, with how many questions it holds. */
public record CategoryView(long id, String name, int questionCount, long version) {
}
