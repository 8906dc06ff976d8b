package io.jifen.orders;

import io.jifen.shared.Messages;
import java.util.Locale;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an order's history: to which state, when, by whom, why. */
@Entity
@Table(name = "order_status_change")
public class OrderStatusChange {
    @Id
    @SequenceGenerator(name = "order_status_change_seq", sequenceName = "order_status_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_status_change_seq")
    @Column(name = "id")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private RedemptionOrder order;
    /** The order's customer, so the row lives with the customer's other rows when sharded by customer. */
    @Column(name = "customer_id", nullable = false, length = 64)
    private String customerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrderStatus status;
    @Column(name = "changed_at", nullable = false)
    private Instant at;
    @Column(name = "changed_by", nullable = false, length = 100)
    private String by;
    @Column(name = "reason", length = 500)
    private String reason;

    protected OrderStatusChange() {
    }

    static final int REASON_MAX = 500;

    OrderStatusChange(RedemptionOrder order, OrderStatus status, Instant at, String by, String reason) {
        this.order = order;
        this.customerId = order.customerId().value();
        this.status = status;
        this.at = at;
        this.by = by;
        // a reason quotes what people and carriers wrote: keep the start of an over-long one
        this.reason = reason == null || reason.length() <= REASON_MAX ? reason : reason.substring(0, REASON_MAX - 1) + "…";
    }

    public Long id() { return id; }
    public OrderStatus status() { return status; }
    public Instant at() { return at; }
    public String by() { return by; }
    /** Why, in English (as the API shows it); a step's own words are stored as a catalogue message. */
    public String reason() { return reason == null ? null : Messages.stored(Locale.ENGLISH, reason); }
    /** Why, in the reader's language. */
    public String reason(Locale locale) { return reason == null ? null : Messages.stored(locale, reason); }
    /** Why, as the column holds it. */
    String storedReason() { return reason; }
}
