package io.jifen.fulfilment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A carrier's status update, kept once it has been applied. Its key is the carrier and the
 * carrier's own event id, so a carrier that sends the same update again (its retries) finds it
 * here and nothing happens twice; the primary key backs that on any number of servers.
 */
@Entity
@Table(name = "carrier_event")
@IdClass(CarrierEvent.Key.class)
public class CarrierEvent {
    @Id
    @Column(name = "carrier", length = 100)
    private String carrier;
    @Id
    @Column(name = "event_id", length = 64)
    private String eventId;
    @Column(name = "tracking_number", nullable = false, length = 64)
    private String trackingNumber;
    @Column(name = "order_id", nullable = false, length = 40)
    private String orderId;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CarrierStatus status;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "note", length = 300)
    private String note;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    public record Key(String carrier, String eventId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    protected CarrierEvent() {
    }

    public CarrierEvent(String carrier, String eventId, String trackingNumber, String orderId, CarrierStatus status,
                        Instant occurredAt, String note, Instant receivedAt) {
        this.carrier = carrier;
        this.eventId = eventId;
        this.trackingNumber = trackingNumber;
        this.orderId = orderId;
        this.status = status;
        this.occurredAt = occurredAt;
        this.note = note;
        this.receivedAt = receivedAt;
    }

    /** How the order's history words this update. */
    public String describe() {
        return carrier + " reports " + status + " at " + occurredAt + " (event " + eventId + ")"
                + (note == null || note.isBlank() ? "" : ": " + note);
    }

    public String carrier() { return carrier; }
    public String eventId() { return eventId; }
    public String trackingNumber() { return trackingNumber; }
    public String orderId() { return orderId; }
    public CarrierStatus status() { return status; }
    public Instant occurredAt() { return occurredAt; }
    public String note() { return note; }
    public Instant receivedAt() { return receivedAt; }
}
