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
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.ItemKind;

/** A module of a course draft (named so to avoid clashing with java.lang.Module). */
@Entity
@Table(name = "course_module")
public class CourseModule {

    public static final int MAX_TITLE = 200;
    public static final int MAX_OBJECTIVES = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private @Nullable Course course;

    @Column(name = "module_key", nullable = false, length = 40)
    private String key;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_OBJECTIVES)
    private String objectives;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CourseItem> items = new ArrayList<>();

    @Version
    private long version;

    protected CourseModule() {
        this.key = "";
        this.title = "";
        this.objectives = "";
    }

    CourseModule(Course course, String key, int position, String title, String objectives) {
        this.course = course;
        this.key = key;
        this.position = position;
        this.title = title.strip();
        this.objectives = objectives.strip();
    }

    public CourseItem addItem(String key, ItemKind kind, String title, boolean required, @Nullable String markdown) {
        CourseItem item = new CourseItem(this, course, key, items.size(), kind, title, required, markdown);
        items.add(item);
        return item;
    }

    /** Places an item (from this or another module) at an index of this module, renumbering both. */
    public void placeItem(CourseItem item, int newIndex) {
        CourseModule from = item.getModule();
        if (from != null) {
            from.items.remove(item);
            from.renumber();
        }
        item.setModule(this);
        items.add(Math.max(0, Math.min(newIndex, items.size())), item);
        renumber();
    }

    public void removeItem(CourseItem item) {
        items.remove(item);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setPosition(i);
        }
    }

    public @Nullable Long getId() {
        return id;
    }

    public @Nullable Course getCourse() {
        return course;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title.strip();
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives.strip();
    }

    public List<CourseItem> getItems() {
        return items;
    }

    public long getVersion() {
        return version;
    }
}
