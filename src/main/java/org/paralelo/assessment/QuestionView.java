package org.paralelo.assessment;

/** A bank question as the editor loads it: its stable key, category, content and version for saving. */
public record QuestionView(String key, long categoryId, Question question, long version) {
}
