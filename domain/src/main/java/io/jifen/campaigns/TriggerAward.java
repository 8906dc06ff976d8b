package io.jifen.campaigns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A trigger that fired for a customer on an event; unique per (trigger, customer, event key). */
@Entity
@Table(name = "trigger_award")
public class TriggerAward {
    @Id
    @SequenceGenerator(name = "trigger_award_seq", sequenceName = "trigger_award_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trigger_award_seq")
    @Column(name = "id")
    private Long id;
    @Column(name = "trigger_id", nullable = false, length = 40)
    private String triggerId;
    @Column(name = "customer_id", nullable = false, length = 64)
    private String customerId;
    @Column(name = "event_key", nullable = false, length = 100)
    private String eventKey;
    @Column(name = "points", nullable = false)
    private long points;
    @Column(name = "order_id", length = 40)
    private String orderId;
    @Column(name = "entry_id")
    private Long entryId;
    @Column(name = "lot_id")
    private Long lotId;
    @Column(name = "awarded_at", nullable = false)
    private Instant awardedAt;
    @Column(name = "reversed_at")
    private Instant reversedAt;

    protected TriggerAward() {
    }

    public TriggerAward(String triggerId, String customerId, String eventKey, long points, String orderId,
                        Instant awardedAt) {
        this.orderId = orderId;
        this.triggerId = triggerId;
        this.customerId = customerId;
        this.eventKey = eventKey;
        this.points = points;
        this.awardedAt = awardedAt;
    }

    /** The ledger entry and lot of the award's points, so a reversed transaction can take them back. */
    public void recordPosting(long entryId, long lotId) {
        this.entryId = entryId;
        this.lotId = lotId;
    }

    public void markReversed(Instant at) {
        this.reversedAt = at;
    }

    public boolean isReversed() {
        return reversedAt != null;
    }

    public Long entryId() { return entryId; }
    public Long lotId() { return lotId; }
    public Instant reversedAt() { return reversedAt; }
    public Long id() { return id; }
    public String triggerId() { return triggerId; }
    public String customerId() { return customerId; }
    public String eventKey() { return eventKey; }
    public long points() { return points; }
    /** The gift order the trigger placed, if it awards a gift. */
    public String orderId() { return orderId; }
    public Instant awardedAt() { return awardedAt; }
}
