package io.jifen.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One outbox event on its way to one endpoint: attempted until the endpoint answers 2xx, retried
 * by the {@link RetryPolicy}, parked when the window runs out. A worker claims it (owner and
 * lease) before sending, so two workers, on one server or several, never send it at the same time;
 * a lease that runs out (a worker that died mid-send) frees it again, hence "at least once".
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
    public static final int ERROR_MAX = 500;

    @Id
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    @Column(name = "id")
    private Long id;
    @Column(name = "endpoint_id", nullable = false)
    private long endpointId;
    /** The outbox row: its order is the order events were written in, per customer. */
    @Column(name = "outbox_event_id", nullable = false)
    private long outboxEventId;
    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;
    @Column(name = "event_type", nullable = false, length = 64)
    private String eventType;
    @Column(name = "customer_id", length = 64)
    private String customerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private DeliveryStatus status;
    @Column(name = "attempts", nullable = false)
    private int attempts;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    /** When the retry window began: the first attempt, or the latest replay. */
    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;
    @Column(name = "last_response_status")
    private Integer lastResponseStatus;
    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "parked_at")
    private Instant parkedAt;
    @Column(name = "replays", nullable = false)
    private int replays;
    @Column(name = "claimed_by", length = 100)
    private String claimedBy;
    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long endpointId, long outboxEventId, String eventId, String eventType, String customerId,
                           Instant now) {
        this.endpointId = endpointId;
        this.outboxEventId = outboxEventId;
        this.eventId = Objects.requireNonNull(eventId);
        this.eventType = Objects.requireNonNull(eventType);
        this.customerId = customerId;
        this.status = DeliveryStatus.PENDING;
        this.createdAt = now;
        this.windowStartedAt = now;
        this.nextAttemptAt = now;
    }

    /** Whether the given worker still holds the claim (its lease may have been taken over). */
    public boolean isClaimedBy(String owner) {
        return owner != null && owner.equals(claimedBy);
    }

    /** The endpoint answered 2xx. */
    public void delivered(Instant at, int responseStatus) {
        attempts++;
        lastAttemptAt = at;
        lastResponseStatus = responseStatus;
        lastError = null;
        status = DeliveryStatus.DELIVERED;
        deliveredAt = at;
        release();
    }

    /**
     * The endpoint answered otherwise, or not at all: try again later, or park when the window
     * has run out. {@code responseStatus} is null when no answer came.
     */
    public void failed(Instant at, Integer responseStatus, String error, RetryPolicy policy) {
        attempts++;
        lastAttemptAt = at;
        lastResponseStatus = responseStatus;
        lastError = error == null || error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
        policy.nextAttempt(attempts, windowStartedAt, at).ifPresentOrElse(next -> nextAttemptAt = next,
                () -> park(at, lastError));
        release();
    }

    /** Set aside, untried, with the reason (e.g. the endpoint was deactivated). */
    public void park(Instant at, String reason) {
        if (status != DeliveryStatus.PENDING) {
            return;
        }
        status = DeliveryStatus.PARKED;
        parkedAt = at;
        if (reason != null) {
            lastError = reason.length() <= ERROR_MAX ? reason : reason.substring(0, ERROR_MAX);
        }
        release();
    }

    /** Staff send a parked delivery again: at once, with a fresh retry window. */
    public void replay(Instant now) {
        if (status != DeliveryStatus.PARKED) {
            throw new DeliveryNotParkedException(id, status);
        }
        status = DeliveryStatus.PENDING;
        parkedAt = null;
        windowStartedAt = now;
        nextAttemptAt = now;
        replays++;
        release();
    }

    /** Gives the claim back without an attempt (e.g. an earlier delivery turned up ahead of it). */
    public void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    public boolean isDueAt(Instant now) {
        return status == DeliveryStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    public Long id() { return id; }
    public long endpointId() { return endpointId; }
    public long outboxEventId() { return outboxEventId; }
    public String eventId() { return eventId; }
    public String eventType() { return eventType; }
    public String customerId() { return customerId; }
    public DeliveryStatus status() { return status; }
    public int attempts() { return attempts; }
    public Instant createdAt() { return createdAt; }
    public Instant windowStartedAt() { return windowStartedAt; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Instant lastAttemptAt() { return lastAttemptAt; }
    public Integer lastResponseStatus() { return lastResponseStatus; }
    public String lastError() { return lastError; }
    public Instant deliveredAt() { return deliveredAt; }
    public Instant parkedAt() { return parkedAt; }
    public int replays() { return replays; }
    public String claimedBy() { return claimedBy; }
    public Instant claimedUntil() { return claimedUntil; }
}
