package io.jifen.points;

import io.jifen.shared.CustomerId;
import io.jifen.shared.Points;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A source transaction core banking reported, and what it earned. Kept so the same transaction
 * reported again earns nothing and gets the first answer, and so it can be reversed.
 */
@Entity
@Table(name = "accrual")
public class Accrual {
    @Id
    @Column(name = "source_txn_id", length = 64)
    private String sourceTxnId;
    @Column(name = "customer_id", nullable = false, length = 64)
    private String customerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "activity", nullable = false, length = 32)
    private Activity activity;
    @Column(name = "product_code", length = 40)
    private String productCode;
    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;
    @Column(name = "currency", nullable = false, length = 3)
    private String currency;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    @Column(name = "points", nullable = false)
    private long points;
    /** Of {@link #points}, what the earning rule gave (the rest are campaign bonuses): summed without the lines. */
    @Column(name = "rule_points", nullable = false)
    private long rulePoints;
    @Column(name = "balance_after", nullable = false)
    private long balanceAfter;
    @OneToMany(mappedBy = "accrual", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<AccrualLine> lines = new ArrayList<>();
    @ManyToOne
    @JoinColumn(name = "entry_id")
    private LedgerEntry entry;
    @ManyToOne
    @JoinColumn(name = "lot_id")
    private Lot lot;
    @Column(name = "reversed_at")
    private Instant reversedAt;
    @Column(name = "reversed_points")
    private Long reversedPoints;
    @Column(name = "reversal_shortfall")
    private Long reversalShortfall;
    @Column(name = "balance_after_reversal")
    private Long balanceAfterReversal;

    protected Accrual() {
    }

    public Accrual(AccrualRequest request, Instant receivedAt, List<EarningLine> breakdown, Posting posting,
                   Points balanceAfter) {
        this.sourceTxnId = request.sourceTxnId();
        this.customerId = request.customerId().value();
        this.activity = request.activity();
        this.productCode = request.productCode();
        this.amount = request.amount();
        this.currency = request.currency();
        this.occurredAt = request.occurredAt();
        this.receivedAt = receivedAt;
        for (EarningLine line : breakdown) {
            lines.add(new AccrualLine(this, lines.size(), line));
        }
        this.points = EarningPolicy.total(breakdown).value();
        this.rulePoints = rulePoints().value();
        this.balanceAfter = balanceAfter.value();
        if (posting != null && !posting.isEmpty()) {
            this.entry = posting.mainEntry();
            this.lot = posting.newLots().getFirst();
        }
    }

    /** The same transaction reported again must be the same transaction. */
    public boolean isSameTransactionAs(AccrualRequest request) {
        return customerId.equals(request.customerId().value()) && activity == request.activity()
                && Objects.equals(productCode, request.productCode())
                && amount.compareTo(request.amount()) == 0 && currency.equals(request.currency())
                && occurredAt.equals(request.occurredAt());
    }

    public void markReversed(Instant when, Posting posting, Points balanceAfter) {
        this.reversedAt = when;
        this.reversedPoints = posting.netPoints().negate().value();
        this.reversalShortfall = posting.shortfallRecorded().value();
        this.balanceAfterReversal = balanceAfter.value();
    }

    public boolean isReversed() {
        return reversedAt != null;
    }

    public String sourceTxnId() { return sourceTxnId; }
    public CustomerId customerId() { return new CustomerId(customerId); }
    public Activity activity() { return activity; }
    public String productCode() { return productCode; }
    public BigDecimal amount() { return amount; }

    /** Points the earning rules gave (the breakdown without campaign bonuses). */
    public Points rulePoints() {
        return Points.sum(breakdown().stream().filter(l -> l.kind() == EarningLine.Kind.RULE).map(EarningLine::points));
    }
    public String currency() { return currency; }
    public Instant occurredAt() { return occurredAt; }
    public Instant receivedAt() { return receivedAt; }
    public Points points() { return Points.of(points); }
    public Points balanceAfter() { return Points.of(balanceAfter); }
    public List<EarningLine> breakdown() { return lines.stream().map(AccrualLine::line).toList(); }
    public LedgerEntry entry() { return entry; }
    public Lot lot() { return lot; }
    public Instant reversedAt() { return reversedAt; }
    public Points reversedPoints() { return Points.of(reversedPoints == null ? 0 : reversedPoints); }
    public Points reversalShortfall() { return Points.of(reversalShortfall == null ? 0 : reversalShortfall); }
    public Points balanceAfterReversal() { return Points.of(balanceAfterReversal == null ? 0 : balanceAfterReversal); }
}
