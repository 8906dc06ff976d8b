package io.jifen.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Units of one order line that arrived, and what the quality check accepted and rejected (with why). */
@Entity
@Table(name = "goods_receipt")
public class GoodsReceipt {
    @Id
    @SequenceGenerator(name = "goods_receipt_seq", sequenceName = "goods_receipt_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goods_receipt_seq")
    @Column(name = "id")
    private Long id;
    @Column(name = "order_id", nullable = false, length = 40)
    private String orderId;
    @Column(name = "supplier_id", nullable = false, length = 40)
    private String supplierId;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Column(name = "gift_id", nullable = false, length = 40)
    private String giftId;
    @Column(name = "location_code", nullable = false, length = 32)
    private String locationCode;
    @Column(name = "received", nullable = false)
    private int received;
    @Column(name = "accepted", nullable = false)
    private int accepted;
    @Column(name = "rejected", nullable = false)
    private int rejected;
    @Column(name = "reject_reason", length = 500)
    private String rejectReason;
    @Column(name = "on_time", nullable = false)
    private boolean onTime;
    @Column(name = "received_by", nullable = false, length = 100)
    private String receivedBy;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected GoodsReceipt() {
    }

    GoodsReceipt(String orderId, String supplierId, int lineNo, PurchaseOrderLine line, int received, int accepted,
                 String rejectReason, boolean onTime, String receivedBy, Instant receivedAt) {
        this.orderId = orderId;
        this.supplierId = supplierId;
        this.lineNo = lineNo;
        this.giftId = line.giftId();
        this.locationCode = line.locationCode();
        this.received = received;
        this.accepted = accepted;
        this.rejected = received - accepted;
        this.rejectReason = rejectReason;
        this.onTime = onTime;
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt;
    }

    public Long id() { return id; }
    public String orderId() { return orderId; }
    public String supplierId() { return supplierId; }
    public int lineNo() { return lineNo; }
    public String giftId() { return giftId; }
    public String locationCode() { return locationCode; }
    public int received() { return received; }
    public int accepted() { return accepted; }
    public int rejected() { return rejected; }
    public String rejectReason() { return rejectReason; }
    public boolean onTime() { return onTime; }
    public String receivedBy() { return receivedBy; }
    public Instant receivedAt() { return receivedAt; }
}
