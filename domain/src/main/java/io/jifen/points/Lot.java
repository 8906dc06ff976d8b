package io.jifen.points;

import io.jifen.shared.CustomerId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import io.jifen.shared.Points;
import java.time.Instant;

/** Points earned together: they remember when they were earned and when they expire. */
@Entity
@Table(name = "points_lot")
public class Lot {
    @Id
    @SequenceGenerator(name = "points_lot_seq", sequenceName = "points_lot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "points_lot_seq")
    @Column(name = "id")
    private Long id;
    @Column(name = "customer_id", nullable = false, length = 64)
    private String customerId;
    @Column(name = "earned_at", nullable = false)
    private Instant earnedAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "original_points", nullable = false)
    private long originalPoints;
    @Column(name = "remaining_points", nullable = false)
    private long remainingPoints;
    /** What expiry took from this lot: gone for good, so a later reversal does not take it again. */
    @Column(name = "expired_points", nullable = false)
    private long expiredPoints;
    // lazy: spending a lot never needs the entry that earned it, so it is not read back with every lot
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "earned_by_entry_id", nullable = false)
    private LedgerEntry earnedBy;

    protected Lot() {
    }

    Lot(CustomerId customerId, Points points, Instant earnedAt, Instant expiresAt, LedgerEntry earnedBy) {
        if (!points.isPositive()) {
            throw new IllegalArgumentException("a lot holds a positive number of points");
        }
        this.customerId = customerId.value();
        this.originalPoints = points.value();
        this.remainingPoints = points.value();
        this.earnedAt = earnedAt;
        this.expiresAt = expiresAt;
        this.earnedBy = earnedBy;
    }

    /** Takes up to the wanted points; answers how many it gave. */
    Points draw(Points wanted) {
        long taken = Math.min(wanted.value(), remainingPoints);
        remainingPoints -= taken;
        return Points.of(taken);
    }

    /** Expiry takes everything left; answers how much. */
    Points expireRemaining() {
        long points = remainingPoints;
        expiredPoints += points;
        remainingPoints = 0;
        return Points.of(points);
    }

    boolean canTakeBack(Points points) {
        return remainingPoints + expiredPoints + points.value() <= originalPoints;
    }

    void giveBack(Points points) {
        if (!canTakeBack(points)) {
            throw new IllegalStateException("a lot never holds more than it was earned with");
        }
        remainingPoints += points.value();
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Long id() { return id; }
    public CustomerId customerId() { return new CustomerId(customerId); }
    public Instant earnedAt() { return earnedAt; }
    public Instant expiresAt() { return expiresAt; }
    public Points originalPoints() { return Points.of(originalPoints); }
    public Points remainingPoints() { return Points.of(remainingPoints); }
    public Points expiredPoints() { return Points.of(expiredPoints); }
    public LedgerEntry earnedBy() { return earnedBy; }
}
