package io.jifen.shared.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An event written in the same transaction as the change it reports (the outbox), so partners
 * hear of every committed change and of nothing that rolled back. Delivery reads it later.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {
    @Id
    @SequenceGenerator(name = "outbox_event_seq", sequenceName = "outbox_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_event_seq")
    @Column(name = "id")
    private Long id;
    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;
    @Column(name = "event_type", nullable = false, length = 64)
    private String type;
    @Column(name = "aggregate_id", nullable = false, length = 64)
    private String aggregateId;
    @Column(name = "customer_id", length = 64)
    private String customerId;
    @Column(name = "payload", nullable = false, length = 4000)
    private String payload;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected OutboxEvent() {
    }

    OutboxEvent(String type, String aggregateId, String customerId, String payload, Instant createdAt) {
        this.eventId = UUID.randomUUID().toString();
        this.type = type;
        this.aggregateId = aggregateId;
        this.customerId = customerId;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    /** Takes an id drawn ahead from its sequence ({@code SequenceBlocks}); only before it is stored. */
    public void numberAs(long drawnId) {
        if (id != null) {
            throw new IllegalStateException("already numbered " + id);
        }
        id = drawnId;
    }

    public Long id() { return id; }
    public String eventId() { return eventId; }
    public String type() { return type; }
    public String aggregateId() { return aggregateId; }
    public String customerId() { return customerId; }
    public String payload() { return payload; }
    public Instant createdAt() { return createdAt; }
    public Instant publishedAt() { return publishedAt; }
}
