package io.jifen.orders;

import io.jifen.catalog.Channel;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A customer's redemption of a gift through a partner: what it cost, how it is delivered, where
 * its stock was reserved, and every state it went through.
 */
@Entity
@Table(name = "redemption_order")
public class RedemptionOrder {
    @Id
    @Column(name = "id", length = 40)
    private String id;
    @Column(name = "partner_id", nullable = false, length = 64)
    private String partnerId;
    @Column(name = "customer_id", nullable = false, length = 64)
    private String customerId;
    @Column(name = "gift_id", nullable = false, length = 40)
    private String giftId;
    @Column(name = "quantity", nullable = false)
    private int quantity;
    @Column(name = "points_charged", nullable = false)
    private long pointsCharged;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrderStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    private Channel channel;
    @Column(name = "branch_code", length = 32)
    private String branchCode;
    @Embedded
    private DeliveryAddress address;
    @Column(name = "stock_location", nullable = false, length = 32)
    private String stockLocation;
    @Column(name = "voucher_code", length = 40)
    private String voucherCode;
    @Column(name = "pickup_code", length = 8)
    private String pickupCode;
    @Column(name = "carrier", length = 64)
    private String carrier;
    @Column(name = "tracking_number", length = 64)
    private String trackingNumber;
    @Column(name = "redemption_entry_id", nullable = false)
    private long redemptionEntryId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;
    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<OrderStatusChange> history = new ArrayList<>();

    protected RedemptionOrder() {
    }

    /** A placed order: stock reserved at a location and points spent by the given ledger entry. */
    public RedemptionOrder(String id, String partnerId, String customerId, String giftId, int quantity,
                           long pointsCharged, Fulfilment fulfilment, String stockLocation, long redemptionEntryId,
                           Instant now, String by) {
        this.id = id;
        this.partnerId = partnerId;
        this.customerId = customerId;
        this.giftId = giftId;
        this.quantity = quantity;
        this.pointsCharged = pointsCharged;
        this.channel = fulfilment.channel();
        this.branchCode = fulfilment.branchCode();
        this.address = fulfilment.address();
        this.stockLocation = stockLocation;
        this.redemptionEntryId = redemptionEntryId;
        this.createdAt = now;
        this.status = OrderStatus.PLACED;
        this.updatedAt = now;
        history.add(new OrderStatusChange(this, OrderStatus.PLACED, now, by, null));
    }

    /** An e-voucher is issued at once with its code; the order is then complete. */
    public void issueVoucher(String code, Instant now, String by) {
        moveTo(OrderStatus.ISSUED, now, by, null);
        this.voucherCode = code;
    }

    /** A branch pickup carries a one-time code the customer shows at the branch. */
    public void assignPickupCode(String code) {
        if (channel != Channel.BRANCH_PICKUP) {
            throw new IllegalStateException("only branch pickups have a pickup code");
        }
        this.pickupCode = code;
    }

    public void cancel(Instant now, String by, String reason) {
        moveTo(OrderStatus.CANCELLED, now, by, reason);
    }

    private void moveTo(OrderStatus target, Instant now, String by, String reason) {
        if (!status.canMoveTo(target)) {
            throw new InvalidOrderStateException(id, status, target);
        }
        status = target;
        updatedAt = now;
        history.add(new OrderStatusChange(this, target, now, by, reason));
    }

    public OrderStatusChange lastChange() {
        return history.getLast();
    }

    public String id() { return id; }
    public String partnerId() { return partnerId; }
    public String customerId() { return customerId; }
    public String giftId() { return giftId; }
    public int quantity() { return quantity; }
    public long pointsCharged() { return pointsCharged; }
    public OrderStatus status() { return status; }
    public Channel channel() { return channel; }
    public String branchCode() { return branchCode; }
    public DeliveryAddress address() { return address; }
    public String stockLocation() { return stockLocation; }
    public String voucherCode() { return voucherCode; }
    public String pickupCode() { return pickupCode; }
    public String carrier() { return carrier; }
    public String trackingNumber() { return trackingNumber; }
    public long redemptionEntryId() { return redemptionEntryId; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<OrderStatusChange> history() { return Collections.unmodifiableList(history); }
}
