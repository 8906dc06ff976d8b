package io.jifen.orders;

import io.jifen.shared.OrderId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A partner's idempotency key, the request it came with, and the order it made. Kept at least 24 hours. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {
    @Id
    @Column(name = "partner_id", length = 64)
    private String partnerId;
    @Id
    @Column(name = "idem_key", length = 64)
    private String key;
    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;
    @Column(name = "order_id", nullable = false, length = 40)
    private String orderId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    public record Key(String partnerId, String key) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    protected IdempotencyRecord() {
    }

    public IdempotencyRecord(String partnerId, String key, String requestHash, OrderId orderId, Instant createdAt) {
        this.partnerId = partnerId;
        this.key = key;
        this.requestHash = requestHash;
        this.orderId = orderId.value();
        this.createdAt = createdAt;
    }

    public boolean isFor(String hash) {
        return requestHash.equals(hash);
    }

    public OrderId orderId() { return new OrderId(orderId); }
    public String requestHash() { return requestHash; }
}
