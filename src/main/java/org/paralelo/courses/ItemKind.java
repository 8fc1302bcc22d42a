package org.paralelo.courses;

/** What a module item is: a lesson to read or a quiz to take. */
public enum ItemKind {
    LESSON, QUIZ
}
