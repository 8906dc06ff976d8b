package io.jifen.audit;

import io.jifen.shared.integrity.HashChain;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One staff action: who, when, what, on what. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @Column(name = "id")
    private Long id;
    @Column(name = "actor", nullable = false, length = 100)
    private String actor;
    /** The roles the actor acted in, sorted and comma-separated: auditors filter by role. */
    @Column(name = "actor_roles", length = 200)
    private String actorRoles;
    @Column(name = "action", nullable = false, length = 64)
    private String action;
    @Column(name = "subject", nullable = false, length = 100)
    private String subject;
    @Column(name = "details", length = 1000)
    private String details;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    /** The hash of the audit record before this one: one chain over the whole log (AuditChainHead). */
    @Column(name = "prev_hash", length = 64)
    private String previousHash;
    @Column(name = "entry_hash", length = 64)
    private String hash;

    protected AuditEvent() {
    }

    public AuditEvent(String actor, String actorRoles, String action, String subject, String details, Instant occurredAt) {
        this.actor = actor;
        this.actorRoles = actorRoles == null || actorRoles.length() <= 200 ? actorRoles : actorRoles.substring(0, 200);
        this.action = action;
        this.subject = subject;
        this.details = details == null || details.length() <= 1000 ? details : details.substring(0, 1000);
        this.occurredAt = HashChain.storable(occurredAt);
    }

    /** Links the record after the log's previous one; AuditLog does this holding the chain's head. */
    public void chainAfter(String previous) {
        if (hash != null) {
            throw new IllegalStateException("record already chained");
        }
        previousHash = previous;
        hash = hashOf(previous, actor, actorRoles, action, subject, details, occurredAt);
    }

    /** How a record's hash is made, and recomputed by the integrity check from what the database holds. */
    public static String hashOf(String previous, String actor, String actorRoles, String action, String subject,
                                String details, Instant occurredAt) {
        return HashChain.link(previous, actor, actorRoles, action, subject, details, occurredAt);
    }

    public Long id() { return id; }
    public String actor() { return actor; }
    public String actorRoles() { return actorRoles; }
    public String action() { return action; }
    public String subject() { return subject; }
    public String details() { return details; }
    public Instant occurredAt() { return occurredAt; }
    public String previousHash() { return previousHash; }
    public String hash() { return hash; }
}
