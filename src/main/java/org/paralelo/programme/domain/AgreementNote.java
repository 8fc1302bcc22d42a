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
import org.paralelo.programme.AgreementStatus;

/** A follow-up note on an agreement, usually written at a later session: who, when, the status before and after. */
@Entity
@Table(name = "programme_agreement_note")
public class AgreementNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "agreement_id", nullable = false)
    private long agreementId;

    @Column(name = "session_id")
    private @Nullable Long sessionId;

    @Column(nullable = false, length = Agreement.MAX_BODY)
    private String body = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", nullable = false, length = 20)
    private AgreementStatus statusBefore = AgreementStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, length = 20)
    private AgreementStatus statusAfter = AgreementStatus.OPEN;

    @Column(name = "written_by", nullable = false)
    private long writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt = Instant.EPOCH;

    protected AgreementNote() {
    }

    public AgreementNote(long agreementId, @Nullable Long sessionId, String body, AgreementStatus before,
                         AgreementStatus after, long writtenBy, Instant writtenAt) {
        this.agreementId = agreementId;
        this.sessionId = sessionId;
        this.body = body.strip();
        this.statusBefore = before;
        this.statusAfter = after;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public @Nullable Long getSessionId() {
        return sessionId;
    }

    public String getBody() {
        return body;
    }

    public AgreementStatus getStatusBefore() {
        return statusBefore;
    }

    public AgreementStatus getStatusAfter() {
        return statusAfter;
    }

    public long getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
