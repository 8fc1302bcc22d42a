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
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.paralelo.programme.AgreementStatus;

/** An agreement made at a debate session: who answers for it (a person or an organisation), by when, its status. */
@Entity
@Table(name = "programme_agreement")
public class Agreement {

    public static final int MAX_BODY = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "series_id", nullable = false)
    private long seriesId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(nullable = false, length = MAX_BODY)
    private String body = "";

    @Column(name = "responsible_person_id")
    private @Nullable Long responsiblePersonId;

    @Column(name = "responsible_organisation_id")
    private @Nullable Long responsibleOrganisationId;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status = AgreementStatus.OPEN;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    private long version;

    protected Agreement() {
    }

    public Agreement(long seriesId, long sessionId, long createdBy, Instant createdAt) {
        this.seriesId = seriesId;
        this.sessionId = sessionId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Sets the text, who answers for it (at most one of person and organisation) and the due date. */
    public void describe(String body, @Nullable Long person, @Nullable Long organisation, @Nullable LocalDate due) {
        if (body.isBlank() || person != null && organisation != null) {
            throw new IllegalArgumentException("agreement text or responsible");
        }
        this.body = body.strip();
        this.responsiblePersonId = person;
        this.responsibleOrganisationId = organisation;
        this.dueDate = due;
    }

    public void setStatus(AgreementStatus status) {
        this.status = status;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("agreement not saved yet");
        }
        return id;
    }

    public long getSeriesId() {
        return seriesId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getBody() {
        return body;
    }

    public @Nullable Long getResponsiblePersonId() {
        return responsiblePersonId;
    }

    public @Nullable Long getResponsibleOrganisationId() {
        return responsibleOrganisationId;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
