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
import org.paralelo.notifications.MailFrequency;
import org.paralelo.notifications.MailKind;

/** A person's choice for one kind of mail; no row means the kind's default. */
@Entity
@Table(name = "mail_preference")
public class MailPreferenceRow {

    @Embeddable
    public record Key(@Column(name = "person_id") long personId,
                      @Enumerated(EnumType.STRING) @Column(name = "kind", length = 40) MailKind kind)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailFrequency frequency;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MailPreferenceRow() {
        this.key = new Key(0, MailKind.ACCOUNT);
        this.frequency = MailFrequency.IMMEDIATELY;
        this.updatedAt = Instant.EPOCH;
    }

    public MailPreferenceRow(Key key, MailFrequency frequency, Instant updatedAt) {
        this.key = key;
        this.frequency = frequency;
        this.updatedAt = updatedAt;
    }

    public Key getKey() {
        return key;
    }

    public MailFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(MailFrequency frequency, Instant now) {
        this.frequency = frequency;
        this.updatedAt = now;
    }
}
