package io.jifen.points;

import io.jifen.shared.Message;
import io.jifen.shared.CustomerId;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;
import io.jifen.shared.Points;
import io.jifen.shared.security.StaffIdentity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An adjustment beyond what one person may do alone (AdjustmentLimits): nothing moves until a
 * second person, never the requester, approves it; then it is posted as theirs together.
 */
@Entity
@Table(name = "adjustment_request")
public class AdjustmentRequest {
    @Id
    @Column(name = "id", length = 40)
    private String id;
    @Column(name = "customer_id", nullable = false, length = 64)
    private String customerId;
    @Column(name = "points", nullable = false)
    private long points;
    @Column(name = "reason", nullable = false, length = 500)
    private String reason;
    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AdjustmentStatus status;
    @Column(name = "decided_by", length = 100)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note", length = 500)
    private String decisionNote;
    @Column(name = "ledger_entry_id")
    private Long ledgerEntryId;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AdjustmentRequest() {
    }

    public AdjustmentRequest(String id, CustomerId customerId, Points points, String reason, String requestedBy,
                             Instant requestedAt) {
        PointsAccount.checkAdjustment(points);
        this.id = id;
        this.customerId = customerId.value();
        this.points = points.value();
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = AdjustmentStatus.PENDING_APPROVAL;
    }

    /** A second person approves; the service then posts the adjustment and records its entry. */
    public void approve(String by, String note, Instant at) {
        decide(by, note, at, AdjustmentStatus.APPROVED);
    }

    public void reject(String by, String note, Instant at) {
        decide(by, note, at, AdjustmentStatus.REJECTED);
    }

    public void posted(LedgerEntry entry) {
        this.ledgerEntryId = entry.id();
    }

    private void decide(String by, String note, Instant at, AdjustmentStatus to) {
        if (status != AdjustmentStatus.PENDING_APPROVAL) {
            throw new AlreadyDecided(id, status);
        }
        if (by == null || StaffIdentity.samePerson(by, requestedBy)) {
            throw new AdjustmentFourEyesException(id, by);
        }
        status = to;
        decidedBy = by;
        decidedAt = at;
        decisionNote = note;
    }

    /** Approving or rejecting twice: the first decision stands. */
    public static class AlreadyDecided extends DomainException {
        AlreadyDecided(String id, AdjustmentStatus status) {
            super(ErrorCode.INVALID_STATE, Message.of("adjustment.alreadyDecided", id, status));
        }
    }

    public String id() { return id; }
    public CustomerId customerId() { return new CustomerId(customerId); }
    public Points points() { return Points.of(points); }
    public String reason() { return reason; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public AdjustmentStatus status() { return status; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
    public Long ledgerEntryId() { return ledgerEntryId; }
}
