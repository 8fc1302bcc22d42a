package org.paralelo.courses.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseStatus;

@Entity
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 80)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(name = "estimated_hours", nullable = false)
    private int estimatedHours;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_topic", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "topic", length = 60)
    private Set<String> topics = new LinkedHashSet<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    @Version
    private long version;

    protected Course() {
        this.code = "";
        this.title = "";
        this.summary = "";
        this.language = "es-MX";
        this.status = CourseStatus.DRAFT;
        this.createdAt = Instant.EPOCH;
    }

    public Course(String code, String title, String summary, String language, int estimatedHours, long ownerId,
                  Instant createdAt) {
        this.code = code;
        this.title = title;
        this.summary = summary;
        this.language = language;
        this.estimatedHours = estimatedHours;
        this.ownerId = ownerId;
        this.status = CourseStatus.DRAFT;
        this.createdAt = createdAt;
    }

    public CourseModule addModule(String code, String title, String objectives) {
        CourseModule module = new CourseModule(this, modules.size() + 1, code, title, objectives);
        modules.add(module);
        return module;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getLanguage() {
        return language;
    }

    public int getEstimatedHours() {
        return estimatedHours;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public void setStatus(CourseStatus status) {
        this.status = status;
    }

    public Set<String> getTopics() {
        return topics;
    }

    public List<CourseModule> getModules() {
        return modules;
    }

    public long getVersion() {
        return version;
    }
}
