package io.jifen.catalog;

import io.jifen.shared.GiftId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Raised when a gift's total stock falls to its threshold; resolved when stock rises above it again. */
@Entity
@Table(name = "low_stock_warning")
public class LowStockWarning {
    @Id
    @SequenceGenerator(name = "low_stock_warning_seq", sequenceName = "low_stock_warning_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "low_stock_warning_seq")
    @Column(name = "id")
    private Long id;
    @Column(name = "gift_id", nullable = false, length = 40)
    private String giftId;
    @Column(name = "total_stock", nullable = false)
    private long totalStock;
    @Column(name = "threshold", nullable = false)
    private int threshold;
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected LowStockWarning() {
    }

    public LowStockWarning(GiftId giftId, long totalStock, int threshold, Instant raisedAt) {
        this.giftId = giftId.value();
        this.totalStock = totalStock;
        this.threshold = threshold;
        this.raisedAt = raisedAt;
    }

    public void resolve(Instant when) {
        this.resolvedAt = when;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public Long id() { return id; }
    public GiftId giftId() { return new GiftId(giftId); }
    public long totalStock() { return totalStock; }
    public int threshold() { return threshold; }
    public Instant raisedAt() { return raisedAt; }
    public Instant resolvedAt() { return resolvedAt; }
}
