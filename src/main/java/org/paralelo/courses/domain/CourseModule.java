package org.paralelo.courses.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A module of a course (named so to avoid clashing with java.lang.Module). */
@Entity
@Table(name = "course_module")
public class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private @Nullable Course course;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 80)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String objectives;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    protected CourseModule() {
        this.code = "";
        this.title = "";
        this.objectives = "";
    }

    CourseModule(Course course, int position, String code, String title, String objectives) {
        this.course = course;
        this.position = position;
        this.code = code;
        this.title = title;
        this.objectives = objectives;
    }

    public Lesson addLesson(String code, String title, String markdown, boolean required) {
        Lesson lesson = new Lesson(this, lessons.size() + 1, code, title, markdown, required);
        lessons.add(lesson);
        return lesson;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getObjectives() {
        return objectives;
    }

    public List<Lesson> getLessons() {
        return lessons;
    }
}
