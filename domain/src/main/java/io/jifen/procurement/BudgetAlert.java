package io.jifen.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Committed plus spent reached a threshold of a budget's spendable part; raised once per threshold. */
@Entity
@Table(name = "budget_alert")
public class BudgetAlert {
    @Id
    @SequenceGenerator(name = "budget_alert_seq", sequenceName = "budget_alert_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_alert_seq")
    @Column(name = "id")
    private Long id;
    @Column(name = "budget_id", nullable = false)
    private long budgetId;
    @Column(name = "threshold_percent", nullable = false)
    private int thresholdPercent;
    @Column(name = "used", nullable = false, precision = 19, scale = 2)
    private BigDecimal used;
    @Column(name = "spendable", nullable = false, precision = 19, scale = 2)
    private BigDecimal spendable;
    @Column(name = "order_id", length = 40)
    private String orderId;
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    protected BudgetAlert() {
    }

    public BudgetAlert(Budget budget, int thresholdPercent, String orderId, Instant raisedAt) {
        this.budgetId = budget.id();
        this.thresholdPercent = thresholdPercent;
        this.used = budget.amounts().used();
        this.spendable = budget.amounts().spendable();
        this.orderId = orderId;
        this.raisedAt = raisedAt;
    }

    public Long id() { return id; }
    public long budgetId() { return budgetId; }
    public int thresholdPercent() { return thresholdPercent; }
    public BigDecimal used() { return used; }
    public BigDecimal spendable() { return spendable; }
    public String orderId() { return orderId; }
    public Instant raisedAt() { return raisedAt; }
}
