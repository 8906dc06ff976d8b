package io.jifen.catalog;

import io.jifen.shared.GiftId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * Units of one gift at one location. Changed only by guarded updates in the database
 * (quantity never below zero, enforced by the update's condition and a check constraint).
 */
@Entity
@Table(name = "stock_level")
@IdClass(StockLevel.Key.class)
public class StockLevel {
    @Id
    @Column(name = "gift_id", length = 40)
    private String giftId;
    @Id
    @Column(name = "location_code", length = 32)
    private String locationCode;
    @Column(name = "quantity", nullable = false)
    private long quantity;

    public record Key(String giftId, String locationCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    protected StockLevel() {
    }

    public StockLevel(GiftId giftId, String locationCode) {
        this.giftId = giftId.value();
        this.locationCode = locationCode;
    }

    public GiftId giftId() { return new GiftId(giftId); }
    public String locationCode() { return locationCode; }
    public long quantity() { return quantity; }
}
