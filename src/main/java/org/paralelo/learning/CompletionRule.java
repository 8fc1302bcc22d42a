package org.paralelo.learning;

/**
 * One condition a learner must meet to complete a course. Every Spring bean implementing it applies to every
 * course; a course is complete when all are met. On-site workshop attendance will join as another rule.
 */
public interface CompletionRule {

    boolean isMet(CompletionContext context);
}
