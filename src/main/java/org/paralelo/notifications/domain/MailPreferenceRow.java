package org.paralelo.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.paralelo.notifications.MailKind;

/** A person's choice for one kind of mail; no row means the default (immediately). */
@Entity
@Table(name = "mail_preference")
public class MailPreferenceRow {

    public enum Frequency { IMMEDIATELY, NEVER }

    @Embeddable
    public record Key(@Column(name = "person_id") long personId,
                      @Enumerated(EnumType.STRING) @Column(name = "kind", length = 40) MailKind kind)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Frequency frequency;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MailPreferenceRow() {
        this.key = new Key(0, MailKind.ACCOUNT);
        this.frequency = Frequency.IMMEDIATELY;
        this.updatedAt = Instant.EPOCH;
    }

    public MailPreferenceRow(Key key, Frequency frequency, Instant updatedAt) {
        this.key = key;
        this.frequency = frequency;
        this.updatedAt = updatedAt;
    }

    public Key getKey() {
        return key;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency, Instant now) {
        this.frequency = frequency;
        this.updatedAt = now;
    }
}
