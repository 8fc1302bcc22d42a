package org.paralelo.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.paralelo.programme.AttendanceMark;
import org.paralelo.programme.AttendanceSource;

/** One change of a mark, never edited: the new mark (null when taken back), how, who and when. */
@Entity
@Table(name = "programme_attendance_change")
public class AttendanceChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable AttendanceMark mark;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceSource source;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    protected AttendanceChange() {
        this.source = AttendanceSource.ROLL_CALL;
        this.changedAt = Instant.EPOCH;
    }

    public AttendanceChange(long sessionId, long personId, @Nullable AttendanceMark mark, AttendanceSource source,
                            long changedBy, Instant changedAt) {
        this.sessionId = sessionId;
        this.personId = personId;
        this.mark = mark;
        this.source = source;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public long getPersonId() {
        return personId;
    }

    public @Nullable AttendanceMark getMark() {
        return mark;
    }

    public AttendanceSource getSource() {
        return source;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getChangedBy() {
        return changedBy;
    }
}
