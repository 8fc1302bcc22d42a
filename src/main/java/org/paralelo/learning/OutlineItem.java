package org.paralelo.learning;

import org.paralelo.courses.ItemKind;

/** One item of a course's outline with the learner's status on it. */
public record OutlineItem(String moduleKey, String moduleTitle, String key, ItemKind kind, String title,
                          boolean required, ItemStatus status) {
}
