package org.paralelo.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A quiz frozen with one published course version, as JSON. Written once in the publishing transaction. */
@Entity
@Table(name = "quiz_version")
public class QuizVersion {

    public static final int MAX_SNAPSHOT = 1_000_000;

    @EmbeddedId
    private Key key;

    /** Mapped as a long string (not a LOB) so H2 and MariaDB validate alike; LONGTEXT in the schema. */
    @Column(nullable = false, updatable = false, length = MAX_SNAPSHOT)
    private String snapshot;

    protected QuizVersion() {
        this.key = new Key();
        this.snapshot = "";
    }

    public QuizVersion(long courseId, int courseVersion, String itemKey, String snapshot) {
        if (snapshot.length() > MAX_SNAPSHOT) {
            throw new IllegalArgumentException("Quiz snapshot exceeds " + MAX_SNAPSHOT + " characters");
        }
        this.key = new Key(courseId, courseVersion, itemKey);
        this.snapshot = snapshot;
    }

    public String getSnapshot() {
        return snapshot;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "course_id")
        private long courseId;

        @Column(name = "course_version")
        private int courseVersion;

        @Column(name = "item_key", length = 40)
        private String itemKey;

        protected Key() {
            this.itemKey = "";
        }

        public Key(long courseId, int courseVersion, String itemKey) {
            this.courseId = courseId;
            this.courseVersion = courseVersion;
            this.itemKey = itemKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.courseId == courseId && k.courseVersion == courseVersion
                    && k.itemKey.equals(itemKey);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(courseId) * 31 + courseVersion * 17 + itemKey.hashCode();
        }
    }
}
