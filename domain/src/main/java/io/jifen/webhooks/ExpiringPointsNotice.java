package io.jifen.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A lot whose coming expiry has been announced ("points.expiring"): announced once, never again. */
@Entity
@Table(name = "points_expiring_notice")
public class ExpiringPointsNotice {
    @Id
    @Column(name = "lot_id")
    private Long lotId;
    @Column(name = "customer_id", nullable = false, length = 64)
    private String customerId;
    @Column(name = "points", nullable = false)
    private long points;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "announced_at", nullable = false)
    private Instant announcedAt;

    protected ExpiringPointsNotice() {
    }

    public ExpiringPointsNotice(long lotId, String customerId, long points, Instant expiresAt, Instant announcedAt) {
        this.lotId = lotId;
        this.customerId = customerId;
        this.points = points;
        this.expiresAt = expiresAt;
        this.announcedAt = announcedAt;
    }

    public Long lotId() { return lotId; }
    public String customerId() { return customerId; }
    public long points() { return points; }
    public Instant expiresAt() { return expiresAt; }
    public Instant announcedAt() { return announcedAt; }
}
