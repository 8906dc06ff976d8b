package io.jifen.points;

import io.jifen.shared.Points;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * How an entry moved points in or out of a lot: what lets a refund return points to the lots
 * they came from, and lets auditors follow every point.
 */
@Entity
@Table(name = "lot_movement")
public class LotMovement {
    @Id
    @SequenceGenerator(name = "lot_movement_seq", sequenceName = "lot_movement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lot_movement_seq")
    @Column(name = "id")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "entry_id", nullable = false)
    private LedgerEntry entry;
    @ManyToOne(optional = false)
    @JoinColumn(name = "lot_id", nullable = false)
    private Lot lot;
    /** The lot's customer, so the row lives with the customer's other rows when the ledger is sharded by customer. */
    @Column(name = "customer_id", nullable = false, length = 64)
    private String customerId;
    /** Signed: negative when points left the lot. */
    @Column(name = "points", nullable = false)
    private long points;

    protected LotMovement() {
    }

    LotMovement(LedgerEntry entry, Lot lot, Points points) {
        this.entry = entry;
        this.lot = lot;
        this.customerId = lot.customerId().value();
        this.points = points.value();
    }

    public LedgerEntry entry() { return entry; }
    public Lot lot() { return lot; }
    /** Signed: negative when points left the lot. */
    public Points points() { return Points.of(points); }
}
