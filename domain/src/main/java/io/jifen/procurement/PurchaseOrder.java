package io.jifen.procurement;

import io.jifen.shared.Message;
import static io.jifen.procurement.PurchaseOrderStatus.*;

import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Money;
import io.jifen.shared.security.StaffIdentity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * An order to a supplier, charged to one budget period. It guards its own life cycle (see
 * {@link PurchaseOrderStatus}), the four-eyes rule and over-receiving; the budget and the stock
 * are changed by the service in the same transaction from what these methods answer.
 * Lines are numbered from 1 for people; the database keeps their position from 0.
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {
    private static final ZoneId BANK_ZONE = ZoneId.of("Asia/Shanghai");

    @Id
    @Column(name = "id", length = 40)
    private String id;
    @Column(name = "supplier_id", nullable = false, length = 40)
    private String supplierId;
    @Column(name = "budget_period", nullable = false, length = 8)
    private String budgetPeriod;
    @Column(name = "currency", nullable = false, length = 3)
    private String currency;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private PurchaseOrderStatus status;
    @Column(name = "expected_by")
    private LocalDate expectedBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "purchase_order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<PurchaseOrderLine> lines = new ArrayList<>();
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "submitted_by", length = 100)
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "approved_by", length = 100)
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "reserve_reason", length = 500)
    private String reserveReason;
    @Column(name = "closed_by", length = 100)
    private String closedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** One line's part of a receipt, as staff enter it (line numbered from 1). */
    public record LineReceipt(int lineNo, int received, int accepted, String rejectReason) {
    }

    protected PurchaseOrder() {
    }

    public PurchaseOrder(String id, String supplierId, BudgetPeriod period, Currency currency, LocalDate expectedBy,
                         List<PurchaseOrderLine> lines, String createdBy, Instant createdAt) {
        if (lines.isEmpty()) {
            throw new InvalidRequestException("lines", "an order has at least one line");
        }
        this.id = id;
        this.supplierId = supplierId;
        this.budgetPeriod = period.code();
        this.currency = currency.getCurrencyCode();
        this.expectedBy = expectedBy;
        this.lines = new ArrayList<>(lines);
        this.status = DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void submit(String by, Instant at) {
        move(SUBMITTED, "submitted");
        submittedBy = by;
        submittedAt = at;
    }

    /**
     * Approved by someone other than the submitter. Whether the budget allows it, and whether the
     * approver's role suffices for the amount, the service has checked under the budget's lock.
     */
    public void approve(String by, String reserveReasonIfAny, Instant at) {
        if (status != SUBMITTED) {
            throw new InvalidPurchaseOrderStateException(id, status, "approved");
        }
        checkFourEyes(by);
        move(APPROVED, "approved");
        approvedBy = by;
        approvedAt = at;
        reserveReason = reserveReasonIfAny;
    }

    /** The four-eyes rule: the person who submitted the order does not approve it. */
    public void checkFourEyes(String approver) {
        if (approver == null || StaffIdentity.samePerson(approver, submittedBy)) {
            throw new FourEyesException(id, approver);
        }
    }

    /** Back to the buyer for changes; the submitter is forgotten. */
    public void returnToDraft() {
        move(DRAFT, "returned to draft");
        submittedBy = null;
        submittedAt = null;
    }

    /**
     * Records arriving units line by line and answers the receipts to store. All lines are
     * checked before any is changed, so a refused receipt changes nothing.
     */
    public List<GoodsReceipt> receive(List<LineReceipt> parts, String by, Instant at) {
        if (status != APPROVED && status != PARTIALLY_RECEIVED) {
            throw new InvalidPurchaseOrderStateException(id, status, "received");
        }
        if (parts.isEmpty()) {
            throw new InvalidRequestException("lines", "a receipt names at least one line");
        }
        int[] incoming = new int[lines.size()];
        for (LineReceipt part : parts) {
            if (part.lineNo() < 1 || part.lineNo() > lines.size()) {
                throw new InvalidRequestException("lineNo", Message.of("purchaseOrder.lineNoRange", id, String.valueOf(lines.size())));
            }
            if (part.received() < 1) {
                throw new InvalidRequestException("received", "a receipt takes in at least one unit");
            }
            if (part.accepted() < 0 || part.accepted() > part.received()) {
                throw new InvalidRequestException("accepted", "accepted units are 0 to the units received");
            }
            if (part.accepted() < part.received() && (part.rejectReason() == null || part.rejectReason().isBlank())) {
                throw new InvalidRequestException("rejectReason", "rejected units need a reason");
            }
            incoming[part.lineNo() - 1] += part.received();
        }
        for (int i = 0; i < lines.size(); i++) {
            if (incoming[i] > lines.get(i).outstanding()) {
                throw new OverReceivingException(id, i + 1, lines.get(i).outstanding(), incoming[i]);
            }
        }
        boolean onTime = expectedBy == null || !at.atZone(BANK_ZONE).toLocalDate().isAfter(expectedBy);
        List<GoodsReceipt> receipts = new ArrayList<>();
        for (LineReceipt part : parts) {
            PurchaseOrderLine line = lines.get(part.lineNo() - 1);
            line.receive(part.received(), part.accepted());
            String reason = part.accepted() < part.received() ? part.rejectReason().strip() : null;
            receipts.add(new GoodsReceipt(id, supplierId, part.lineNo(), line, part.received(), part.accepted(),
                    reason, onTime, by, at));
        }
        move(lines.stream().allMatch(l -> l.outstanding() == 0) ? RECEIVED : PARTIALLY_RECEIVED, "received");
        return receipts;
    }

    /** Closed, as delivered or short: answers the value of units never received, to release. */
    public BigDecimal close(String by, Instant at) {
        BigDecimal outstanding = outstandingValue();
        move(CLOSED, "closed");
        closedBy = by;
        closedAt = at;
        return outstanding;
    }

    /** Cancelled before any goods arrived: answers the commitment to release (zero unless approved). */
    public BigDecimal cancel(String reason, String by, Instant at) {
        boolean wasCommitted = status == APPROVED;
        if (lines.stream().anyMatch(l -> l.receivedQuantity() > 0)) {
            throw new InvalidPurchaseOrderStateException(id, status, "cancelled once goods arrived (close it)");
        }
        move(CANCELLED, "cancelled");
        cancelReason = reason;
        closedBy = by;
        closedAt = at;
        return wasCommitted ? outstandingValue() : BigDecimal.ZERO.setScale(2);
    }

    private void move(PurchaseOrderStatus next, String action) {
        if (!status.canBecome(next)) {
            throw new InvalidPurchaseOrderStateException(id, status, action);
        }
        status = next;
    }

    public Money total() {
        return new Money(lines.stream().map(PurchaseOrderLine::total).reduce(BigDecimal.ZERO, BigDecimal::add),
                Currency.getInstance(currency));
    }

    /** The value of units ordered and not yet received: what the order still commits. */
    public BigDecimal outstandingValue() {
        return lines.stream().map(l -> l.value(l.outstanding())).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }

    public PurchaseOrderLine line(int lineNo) {
        return lines.get(lineNo - 1);
    }

    public String id() { return id; }
    public String supplierId() { return supplierId; }
    public BudgetPeriod budgetPeriod() { return new BudgetPeriod(budgetPeriod); }
    public Currency currency() { return Currency.getInstance(currency); }
    public PurchaseOrderStatus status() { return status; }
    public LocalDate expectedBy() { return expectedBy; }
    public List<PurchaseOrderLine> lines() { return List.copyOf(lines); }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
    public String approvedBy() { return approvedBy; }
    public Instant approvedAt() { return approvedAt; }
    public String reserveReason() { return reserveReason; }
    public String closedBy() { return closedBy; }
    public Instant closedAt() { return closedAt; }
    public String cancelReason() { return cancelReason; }
}
