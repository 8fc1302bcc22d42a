package org.paralelo.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.paralelo.programme.AttendanceMark;
import org.paralelo.programme.AttendanceSource;

/** A person's current mark at a session; its history is in {@link AttendanceChange}. */
@Entity
@Table(name = "programme_attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceMark mark;

    @Column(name = "walk_in", nullable = false)
    private boolean walkIn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceSource source;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "marked_by", nullable = false)
    private long markedBy;

    @Version
    private long version;

    protected Attendance() {
        this.mark = AttendanceMark.ABSENT;
        this.source = AttendanceSource.ROLL_CALL;
        this.markedAt = Instant.EPOCH;
    }

    public Attendance(long sessionId, long personId, boolean walkIn) {
        this();
        this.sessionId = sessionId;
        this.personId = personId;
        this.walkIn = walkIn;
    }

    /** Sets the mark; returns whether it changed. */
    public boolean mark(AttendanceMark newMark, AttendanceSource how, long by, Instant now) {
        boolean changed = newMark != mark || id == null;
        this.mark = newMark;
        this.source = how;
        this.markedBy = by;
        this.markedAt = now;
        return changed;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getPersonId() {
        return personId;
    }

    public AttendanceMark getMark() {
        return mark;
    }

    public boolean isWalkIn() {
        return walkIn;
    }

    public AttendanceSource getSource() {
        return source;
    }
}
