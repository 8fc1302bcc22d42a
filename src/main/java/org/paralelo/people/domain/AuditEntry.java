package org.paralelo.people.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.AuditAction;

/** An append-only line of the audit log; fields are cut to their column sizes, never refused. */
@Entity
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private Instant occurredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String subject;

    private String source;

    protected AuditEntry() {
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.action = AuditAction.SIGN_IN_FAILED;
        this.subject = "";
        this.source = "";
    }

    public AuditEntry(Instant occurredAt, String actor, AuditAction action, String subject, String source) {
        this.occurredAt = occurredAt;
        this.actor = cut(actor, 254);
        this.action = action;
        this.subject = cut(subject, 500);
        this.source = cut(source, 64);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getSource() {
        return source;
    }
}
