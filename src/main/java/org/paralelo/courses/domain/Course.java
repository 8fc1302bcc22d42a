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
import org.paralelo.base.Languages;
import org.paralelo.courses.CourseState;

/** A course's draft: metadata, trainers and the ordered modules. Published versions live in CourseVersion. */
@Entity
public class Course {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_HOURS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(length = 80)
    private @Nullable String code;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_SUMMARY)
    private String summary;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(name = "estimated_hours", nullable = false)
    private int estimatedHours;

    @Column(name = "cover_media_id")
    private @Nullable Long coverMediaId;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseState state;

    @Column(name = "published_version")
    private @Nullable Integer publishedVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_topic", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "topic_id")
    private Set<Long> topicIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_trainer", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "person_id")
    private Set<Long> coTrainerIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    @Version
    private long version;

    protected Course() {
        this.title = "";
        this.summary = "";
        this.language = Languages.SPANISH_TAG;
        this.state = CourseState.DRAFT;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Course(String title, String summary, String language, int estimatedHours, long ownerId, Instant now) {
        this.title = title.strip();
        this.summary = summary.strip();
        this.language = language;
        this.estimatedHours = estimatedHours;
        this.ownerId = ownerId;
        this.state = CourseState.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public CourseModule addModule(String key, String title, String objectives) {
        CourseModule module = new CourseModule(this, key, modules.size(), title, objectives);
        modules.add(module);
        return module;
    }

    /** Moves a module to a new position and renumbers the rest. */
    public void moveModule(CourseModule module, int newIndex) {
        modules.remove(module);
        modules.add(Math.max(0, Math.min(newIndex, modules.size())), module);
        renumber();
    }

    public void removeModule(CourseModule module) {
        modules.remove(module);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < modules.size(); i++) {
            modules.get(i).setPosition(i);
        }
    }

    public boolean isTrainer(long personId) {
        return ownerId == personId || coTrainerIds.contains(personId);
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public @Nullable Long getId() {
        return id;
    }

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title.strip();
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary.strip();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public int getEstimatedHours() {
        return estimatedHours;
    }

    public void setEstimatedHours(int estimatedHours) {
        this.estimatedHours = estimatedHours;
    }

    public @Nullable Long getCoverMediaId() {
        return coverMediaId;
    }

    public void setCoverMediaId(@Nullable Long coverMediaId) {
        this.coverMediaId = coverMediaId;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public CourseState getState() {
        return state;
    }

    public void setState(CourseState state) {
        this.state = state;
    }

    public @Nullable Integer getPublishedVersion() {
        return publishedVersion;
    }

    public void setPublishedVersion(@Nullable Integer publishedVersion) {
        this.publishedVersion = publishedVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Long> getTopicIds() {
        return topicIds;
    }

    public Set<Long> getCoTrainerIds() {
        return coTrainerIds;
    }

    public List<CourseModule> getModules() {
        return modules;
    }

    public long getVersion() {
        return version;
    }
}
