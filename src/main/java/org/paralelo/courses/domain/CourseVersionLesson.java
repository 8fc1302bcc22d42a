package org.paralelo.courses.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A lesson body as published in one version. Written once, never updated. */
@Entity
@Table(name = "course_version_lesson")
public class CourseVersionLesson {

    @EmbeddedId
    private Key key;

    @Column(name = "body_markdown", nullable = false, updatable = false, length = CourseItem.MAX_MARKDOWN)
    private String markdown;

    protected CourseVersionLesson() {
        this.key = new Key();
        this.markdown = "";
    }

    public CourseVersionLesson(long courseId, int number, String itemKey, String markdown) {
        this.key = new Key(courseId, number, itemKey);
        this.markdown = markdown;
    }

    public String getItemKey() {
        return key.itemKey;
    }

    public String getMarkdown() {
        return markdown;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "course_id")
        private long courseId;

        @Column(name = "number")
        private int number;

        @Column(name = "item_key", length = 40)
        private String itemKey;

        protected Key() {
            this.itemKey = "";
        }

        Key(long courseId, int number, String itemKey) {
            this.courseId = courseId;
            this.number = number;
            this.itemKey = itemKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.courseId == courseId && k.number == number
                    && k.itemKey.equals(itemKey);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(courseId) * 31 + number * 17 + itemKey.hashCode();
        }
    }
}
