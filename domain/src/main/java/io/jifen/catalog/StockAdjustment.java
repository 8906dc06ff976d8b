package io.jifen.catalog;

import io.jifen.shared.Message;
import io.jifen.shared.GiftId;
import io.jifen.shared.InvalidRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A recorded change of stock by staff (stocktake, damage, receipt) with its reason. */
@Entity
@Table(name = "stock_adjustment")
public class StockAdjustment {
    @Id
    @SequenceGenerator(name = "stock_adjustment_seq", sequenceName = "stock_adjustment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stock_adjustment_seq")
    @Column(name = "id")
    private Long id;
    @Column(name = "gift_id", nullable = false, length = 40)
    private String giftId;
    @Column(name = "location_code", nullable = false, length = 32)
    private String locationCode;
    @Column(name = "delta", nullable = false)
    private long delta;
    @Column(name = "quantity_after", nullable = false)
    private long quantityAfter;
    @Column(name = "reason", nullable = false, length = 500)
    private String reason;
    @Column(name = "actor", nullable = false, length = 100)
    private String actor;
    @Column(name = "adjusted_at", nullable = false)
    private Instant adjustedAt;

    /** The most units one staff adjustment may add or take at a location. */
    public static final long LARGEST = 1_000_000;

    protected StockAdjustment() {
    }

    /**
     * Refuses an adjustment that changes nothing or moves more than {@link #LARGEST} units, naming
     * the field {@code quantity}; public so the service refuses before it touches any stock row.
     */
    public static void checkQuantity(long delta) {
        if (delta == 0) {
            throw new InvalidRequestException("quantity", "an adjustment changes the stock");
        }
        if (delta > LARGEST || delta < -LARGEST) {
            throw new InvalidRequestException("quantity", Message.of("stockAdjustment.tooLarge", String.valueOf(LARGEST)));
        }
    }

    public StockAdjustment(GiftId giftId, String locationCode, long delta, long quantityAfter, String reason,
                           String actor, Instant adjustedAt) {
        this.giftId = giftId.value();
        this.locationCode = locationCode;
        this.delta = delta;
        this.quantityAfter = quantityAfter;
        this.reason = reason;
        this.actor = actor;
        this.adjustedAt = adjustedAt;
    }

    public Long id() { return id; }
    public GiftId giftId() { return new GiftId(giftId); }
    public String locationCode() { return locationCode; }
    public long delta() { return delta; }
    public long quantityAfter() { return quantityAfter; }
    public String reason() { return reason; }
    public String actor() { return actor; }
    public Instant adjustedAt() { return adjustedAt; }
}
