package io.jifen.procurement;

import io.jifen.shared.Message;
import io.jifen.shared.InvalidRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A gift, how many, at what unit price (from the quote) and where the units go. */
@Embeddable
public class PurchaseOrderLine {
    /** The most units one purchase order line (or a quote's tier) may name. */
    public static final int MAX_QUANTITY = 1_000_000;

    @Column(name = "gift_id", nullable = false, length = 40)
    private String giftId;
    @Column(name = "quantity", nullable = false)
    private int quantity;
    @Column(name = "unit_price", nullable = false, precision = 19, scale = 2)
    private BigDecimal unitPrice;
    @Column(name = "location_code", nullable = false, length = 32)
    private String locationCode;
    @Column(name = "received_quantity", nullable = false)
    private int receivedQuantity;
    @Column(name = "accepted_quantity", nullable = false)
    private int acceptedQuantity;

    protected PurchaseOrderLine() {
    }

    public PurchaseOrderLine(String giftId, int quantity, BigDecimal unitPrice, String locationCode) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidRequestException("quantity", Message.of("purchaseOrder.lineQuantityRange", String.valueOf(MAX_QUANTITY)));
        }
        if (unitPrice == null || unitPrice.signum() <= 0) {
            throw new InvalidRequestException("unitPrice", "a unit price is more than zero");
        }
        this.giftId = giftId;
        this.quantity = quantity;
        this.unitPrice = BudgetAmounts.cents(unitPrice);
        this.locationCode = locationCode;
    }

    void receive(int received, int accepted) {
        receivedQuantity += received;
        acceptedQuantity += accepted;
    }

    public BigDecimal value(int units) {
        return BudgetAmounts.cents(unitPrice.multiply(BigDecimal.valueOf(units)));
    }

    public BigDecimal total() {
        return value(quantity);
    }

    public int outstanding() {
        return quantity - receivedQuantity;
    }

    public String giftId() { return giftId; }
    public int quantity() { return quantity; }
    public BigDecimal unitPrice() { return unitPrice; }
    public String locationCode() { return locationCode; }
    public int receivedQuantity() { return receivedQuantity; }
    public int acceptedQuantity() { return acceptedQuantity; }
    public int rejectedQuantity() { return receivedQuantity - acceptedQuantity; }
}
