package org.paralelo.programme.domain;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.RegionScope;
import org.paralelo.programme.RunMode;

/** One delivery of a course. The service checks the draft; the entity keeps what must always hold. */
@Entity
@Table(name = "programme_run")
public class Run {

    public static final int MAX_NAME = 120;
    public static final int MAX_CAPACITY = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    private @Nullable Integer capacity;

    @Column(name = "self_enrolment", nullable = false)
    private boolean selfEnrolment;

    @Column(name = "opens_at")
    private @Nullable Instant opensAt;

    @Column(name = "closes_at")
    private @Nullable Instant closesAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false, length = 20)
    private RunMode mode;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_run_region", joinColumns = @JoinColumn(name = "run_id"))
    @Column(name = "region_id")
    private Set<Long> regionIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_run_trainer", joinColumns = @JoinColumn(name = "run_id"))
    @Column(name = "person_id")
    private Set<Long> trainerIds = new LinkedHashSet<>();

    @Column(name = "required_sessions")
    private @Nullable Integer requiredSessions;

    @Column(name = "required_percent")
    private @Nullable Integer requiredPercent;

    @Column(name = "excused_counts", nullable = false)
    private boolean excusedCounts;

    @Version
    private long version;

    protected Run() {
        this.name = "";
        this.startsOn = LocalDate.EPOCH;
        this.endsOn = LocalDate.EPOCH;
        this.mode = RunMode.ONLINE;
    }

    public Run(long courseId) {
        this();
        this.courseId = courseId;
    }

    public void describe(String name, LocalDate startsOn, LocalDate endsOn, RunMode mode) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME || endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("run name or dates");
        }
        this.name = stripped;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.mode = mode;
    }

    public void setEnrolment(@Nullable Integer capacity, boolean selfEnrolment, @Nullable Instant opensAt,
                             @Nullable Instant closesAt) {
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)
                || opensAt != null && closesAt != null && !opensAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("run capacity or window");
        }
        this.capacity = capacity;
        this.selfEnrolment = selfEnrolment;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    /** On-site attendance needed to complete: a number of sessions or a percentage, or neither. */
    public void requireAttendance(@Nullable Integer sessions, @Nullable Integer percent, boolean excusedCounts) {
        if (sessions != null && percent != null || sessions != null && sessions < 1
                || percent != null && (percent < 1 || percent > 100)) {
            throw new IllegalArgumentException("attendance requirement");
        }
        this.requiredSessions = sessions;
        this.requiredPercent = percent;
        this.excusedCounts = excusedCounts;
    }

    public @Nullable Integer getRequiredSessions() {
        return requiredSessions;
    }

    public @Nullable Integer getRequiredPercent() {
        return requiredPercent;
    }

    public boolean isExcusedCounts() {
        return excusedCounts;
    }

    public void setRegionIds(Collection<Long> ids) {
        regionIds.clear();
        regionIds.addAll(ids);
    }

    public void setTrainerIds(Collection<Long> ids) {
        trainerIds.clear();
        trainerIds.addAll(ids);
    }

    public void close(Instant now) {
        if (closedAt == null) {
            closedAt = now;
        }
    }

    /** Self-enrolment is on and now is inside the window. */
    public boolean isOpenToJoinAt(Instant now) {
        return closedAt == null && selfEnrolment && (opensAt == null || !now.isBefore(opensAt))
                && (closesAt == null || now.isBefore(closesAt));
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("run not saved yet");
        }
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public @Nullable Integer getCapacity() {
        return capacity;
    }

    public boolean isSelfEnrolment() {
        return selfEnrolment;
    }

    public @Nullable Instant getOpensAt() {
        return opensAt;
    }

    public @Nullable Instant getClosesAt() {
        return closesAt;
    }

    public RunMode getMode() {
        return mode;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public Set<Long> getRegionIds() {
        return Set.copyOf(regionIds);
    }

    /** Whether a coordinator of these regions follows the run: a run of no region is the whole programme's. */
    public boolean followedBy(RegionScope coordinator) {
        return !coordinator.isEmpty() && (regionIds.isEmpty() || regionIds.stream().anyMatch(coordinator::covers));
    }

    public Set<Long> getTrainerIds() {
        return Set.copyOf(trainerIds);
    }

    public long getVersion() {
        return version;
    }
}
