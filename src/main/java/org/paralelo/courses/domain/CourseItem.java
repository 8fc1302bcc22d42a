package org.paralelo.courses.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.ItemKind;

/** A lesson or quiz within a module. A lesson keeps its Markdown here; a quiz's questions live in assessment. */
@Entity
@Table(name = "course_item")
public class CourseItem {

    public static final int MAX_TITLE = 200;
    /** A lesson's Markdown is capped at one million characters (far beyond any real lesson). */
    public static final int MAX_MARKDOWN = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private @Nullable CourseModule module;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private @Nullable Course course;

    @Column(name = "item_key", nullable = false, length = 40)
    private String key;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ItemKind kind;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false)
    private boolean required;

    /** Mapped as a long string (not a LOB) so H2 and MariaDB validate alike; LONGTEXT in the schema. */
    @Column(name = "body_markdown", length = MAX_MARKDOWN)
    private @Nullable String bodyMarkdown;

    @Version
    private long version;

    protected CourseItem() {
        this.key = "";
        this.kind = ItemKind.LESSON;
        this.title = "";
    }

    CourseItem(CourseModule module, @Nullable Course course, String key, int position, ItemKind kind, String title,
               boolean required, @Nullable String bodyMarkdown) {
        this.module = module;
        this.course = course;
        this.key = key;
        this.position = position;
        this.kind = kind;
        this.title = title.strip();
        this.required = required;
        this.bodyMarkdown = bodyMarkdown;
    }

    public @Nullable Long getId() {
        return id;
    }

    public @Nullable CourseModule getModule() {
        return module;
    }

    void setModule(CourseModule module) {
        this.module = module;
    }

    public String getKey() {
        return key;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public ItemKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title.strip();
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown == null ? "" : bodyMarkdown;
    }

    public void setBodyMarkdown(String bodyMarkdown) {
        this.bodyMarkdown = bodyMarkdown;
    }

    public long getVersion() {
        return version;
    }
}
