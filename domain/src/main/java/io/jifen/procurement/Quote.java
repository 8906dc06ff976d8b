package io.jifen.procurement;

import io.jifen.shared.Message;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** One quantity tier of a supplier's quote for a gift: the unit price from {@code minQuantity} units up. */
@Entity
@Table(name = "supplier_quote")
public class Quote {
    @Id
    @SequenceGenerator(name = "supplier_quote_seq", sequenceName = "supplier_quote_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_quote_seq")
    @Column(name = "id")
    private Long id;
    @Column(name = "supplier_id", nullable = false, length = 40)
    private String supplierId;
    @Column(name = "gift_id", nullable = false, length = 40)
    private String giftId;
    @Column(name = "min_quantity", nullable = false)
    private int minQuantity;
    @Column(name = "unit_price", nullable = false, precision = 19, scale = 2)
    private BigDecimal unitPrice;
    @Column(name = "currency", nullable = false, length = 3)
    private String currency;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    protected Quote() {
    }

    public Quote(String supplierId, String giftId, int minQuantity, Money unitPrice, LocalDate validFrom,
                 LocalDate validTo) {
        if (minQuantity < 1 || minQuantity > PurchaseOrderLine.MAX_QUANTITY) {
            throw new InvalidRequestException("minQuantity", Message.of("quote.minQuantityRange",
                    String.valueOf(PurchaseOrderLine.MAX_QUANTITY)));
        }
        if (unitPrice.amount().signum() <= 0) {
            throw new InvalidRequestException("unitPrice", "a unit price is more than zero");
        }
        if (validTo.isBefore(validFrom)) {
            throw new InvalidRequestException("validTo", "a quote ends on or after the day it starts");
        }
        this.supplierId = supplierId;
        this.giftId = giftId;
        this.minQuantity = minQuantity;
        this.unitPrice = unitPrice.amount();
        this.currency = unitPrice.currency().getCurrencyCode();
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    public boolean appliesTo(int quantity, LocalDate day) {
        return isValidOn(day) && quantity >= minQuantity;
    }

    public Long id() { return id; }
    public String supplierId() { return supplierId; }
    public String giftId() { return giftId; }
    public int minQuantity() { return minQuantity; }
    public Money unitPrice() { return new Money(unitPrice, Currency.getInstance(currency)); }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
}
