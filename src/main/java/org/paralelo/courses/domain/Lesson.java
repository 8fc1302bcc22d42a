package org.paralelo.courses.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

@Entity
public class Lesson {

    public static final int MAX_MARKDOWN = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private @Nullable CourseModule module;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 80)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    /** Stored as LONGTEXT; mapped as a long string so H2 and MariaDB validate alike. */
    @Column(name = "body_markdown", nullable = false, length = MAX_MARKDOWN)
    private String bodyMarkdown;

    @Column(nullable = false)
    private boolean required;

    protected Lesson() {
        this.code = "";
        this.title = "";
        this.bodyMarkdown = "";
    }

    Lesson(CourseModule module, int position, String code, String title, String bodyMarkdown, boolean required) {
        this.module = module;
        this.position = position;
        this.code = code;
        this.title = title;
        this.bodyMarkdown = bodyMarkdown;
        this.required = required;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public boolean isRequired() {
        return required;
    }
}
