package org.paralelo.learning;

/** How a lesson becomes done: when the learner reaches its end, or when they press "mark as done". */
public enum CompletionMode {
    ON_REACHING_END, BY_BUTTON
}
