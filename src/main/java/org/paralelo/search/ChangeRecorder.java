package org.paralelo.search;

import org.paralelo.courses.CourseCopied;
import org.paralelo.courses.CourseDraftChanged;
import org.paralelo.courses.CoursePublished;
import org.paralelo.courses.CourseUnpublished;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes a change log entry for every course change, just before the change's transaction commits, so the entry
 * and the change commit together (an event handled after commit could be lost in a crash between the two).
 */
@Component
class ChangeRecorder {

    private final ChangeLog changes;

    ChangeRecorder(ChangeLog changes) {
        this.changes = changes;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CoursePublished event) {
        course(event.course().value());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CourseUnpublished event) {
        course(event.course().value());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CourseDraftChanged event) {
        course(event.course().value());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CourseCopied event) {
        course(event.copy().value());
    }

    /**
     * An attachment's text was extracted on this node: the courses linking it and the source groups carrying it
     * (a post's attachment) are re-read on every node.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AttachmentTextStore.TextReady event) {
        event.courses().forEach(this::course);
        event.sourceGroups().forEach(group -> changes.record(ChangeLog.Kind.SOURCE, group));
    }

    private void course(long id) {
        changes.record(ChangeLog.Kind.COURSE, Long.toString(id));
    }
}
