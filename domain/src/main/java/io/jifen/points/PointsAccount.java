package io.jifen.points;

import io.jifen.shared.InvalidRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A customer's points: the balance, and points owed back from reversals of points already spent
 * (the shortfall). Every change goes through a method here, which writes the ledger entries and
 * lot movements for it, so the balance always equals the sum of entries and of lots' remaining
 * points. Callers hold the account's row lock while they call, so changes never interleave.
 */
@Entity
@Table(name = "points_account")
public class PointsAccount {
    /** Lots spend soonest-expiring first; among equals, the oldest first. */
    public static final Comparator<Lot> SPENDING_ORDER = Comparator.comparing(Lot::expiresAt)
            .thenComparing(Lot::earnedAt)
            .thenComparing(lot -> lot.id() == null ? Long.MAX_VALUE : lot.id());

    /**
     * The most one staff adjustment may move the balance either way. It protects the bank from a
     * slipped digit in a hand-typed correction, so it is checked here, whoever asks: the API, the
     * admin UI or a batch.
     */
    public static final long LARGEST_ADJUSTMENT = 100_000_000;

    @Id
    @Column(name = "customer_id", length = 64)
    private String customerId;
    @Column(name = "balance", nullable = false)
    private long balance;
    @Column(name = "shortfall", nullable = false)
    private long shortfall;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected PointsAccount() {
    }

    public PointsAccount(String customerId, Instant openedAt) {
        this.customerId = customerId;
        this.openedAt = openedAt;
    }

    /**
     * Points earned from the bank's activity make a new lot. A shortfall left by an earlier
     * reversal is recovered from it first.
     */
    public Posting accrue(long points, Instant expiresAt, Origin origin) {
        requirePositive(points, "earning");
        balance += points;
        return withNewLot(LedgerEntry.accrual(customerId, points, balance, origin), expiresAt, origin);
    }

    /**
     * Points spent on an order, from the lots that expire soonest. Refused whole when the balance
     * is short: nothing is taken.
     */
    public Posting redeem(long points, List<Lot> openLots, Origin origin) {
        requirePositive(points, "spending");
        ensureSpendable(points, openLots);
        balance -= points;
        return drawn(LedgerEntry.redemption(customerId, points, balance, origin), points, openLots);
    }

    /**
     * A staff correction. A credit (delta above zero) earns a lot expiring at creditExpiresAt, as
     * an accrual does; a debit spends the open lots, as a redemption does, and is refused whole
     * when the balance is short.
     */
    public Posting adjust(long delta, Instant creditExpiresAt, List<Lot> openLots, Origin origin) {
        checkAdjustment(delta);
        if (delta > 0) {
            balance += delta;
            return withNewLot(LedgerEntry.adjustment(customerId, delta, balance, origin), creditExpiresAt, origin);
        }
        long points = -delta;
        requirePositive(points, "spending");
        ensureSpendable(points, openLots);
        balance -= points;
        return drawn(LedgerEntry.adjustment(customerId, delta, balance, origin), points, openLots);
    }

    /**
     * Refuses an adjustment that changes nothing or moves more than {@link #LARGEST_ADJUSTMENT}
     * points, naming the field {@code points}. Public so a service can refuse before it locks the
     * account row.
     */
    public static void checkAdjustment(long delta) {
        if (delta == 0) {
            throw new InvalidRequestException("points", "an adjustment changes the balance");
        }
        if (delta > LARGEST_ADJUSTMENT || delta < -LARGEST_ADJUSTMENT) {
            throw new InvalidRequestException("points",
                    "an adjustment moves at most " + LARGEST_ADJUSTMENT + " points either way");
        }
    }

    /**
     * Takes back an accrual's points: from its own lot first, then the soonest-expiring others,
     * but never below zero. What was already spent is recorded as a shortfall, recovered from
     * the next points earned.
     */
    public Posting reverse(LedgerEntry accrual, Lot accrualLot, List<Lot> openLots, Origin origin) {
        if (accrual.type() != EntryType.ACCRUAL) {
            throw new IllegalArgumentException("only accruals are reversed");
        }
        Posting posting = new Posting();
        // points of the accrual that expired are already gone: taking them again would charge twice
        long owed = accrual.points() - (accrualLot == null ? 0 : accrualLot.expiredPoints());
        long taken = Math.min(owed, balance);
        if (taken > 0) {
            ensureLotsHold(taken, openLots);
            balance -= taken;
            LedgerEntry reversal = LedgerEntry.reversalOf(accrual, taken, balance, origin);
            posting.add(reversal);
            List<Lot> order = new ArrayList<>();
            if (accrualLot != null && openLots.contains(accrualLot)) {
                order.add(accrualLot);
            }
            inSpendingOrder(openLots).stream().filter(lot -> lot != accrualLot).forEach(order::add);
            drawFromLots(taken, order, reversal, posting);
        }
        long unpaid = owed - taken;
        if (unpaid > 0) {
            shortfall += unpaid;
            posting.recordShortfall(unpaid);
        }
        return posting;
    }

    /**
     * Gives a redemption's points back to the lots they came from. Points whose lot has expired
     * since are not revived: they stay gone, and the refund is smaller by them.
     */
    public Posting refund(LedgerEntry redemption, List<LotMovement> movementsOfRedemption, Instant now, Origin origin) {
        if (redemption.type() != EntryType.REDEMPTION) {
            throw new IllegalArgumentException("only redemptions are refunded");
        }
        List<LotMovement> live = movementsOfRedemption.stream()
                .filter(movement -> movement.points() < 0 && !movement.lot().isExpiredAt(now))
                .toList();
        long returned = live.stream().mapToLong(movement -> -movement.points()).sum();
        Posting posting = new Posting();
        if (returned == 0) {
            return posting;
        }
        for (LotMovement movement : live) {
            if (!movement.lot().canTakeBack(-movement.points())) {
                throw new IllegalStateException("lot " + movement.lot().id() + " cannot take back "
                        + (-movement.points()) + " points: was this redemption refunded already?");
            }
        }
        balance += returned;
        LedgerEntry refund = LedgerEntry.refundOf(redemption, returned, balance, origin);
        posting.add(refund);
        for (LotMovement movement : live) {
            movement.lot().giveBack(-movement.points());
            posting.add(new LotMovement(refund, movement.lot(), -movement.points()));
        }
        recoverShortfall(returned, live.stream().map(LotMovement::lot).distinct().toList(), origin, posting);
        return posting;
    }

    /** Lots past their expiry lose what is left in them, one EXPIRY entry per lot. */
    public Posting expire(List<Lot> lots, Instant now, String actor) {
        Posting posting = new Posting();
        for (Lot lot : lots) {
            if (!lot.isExpiredAt(now) || lot.remainingPoints() == 0) {
                continue;
            }
            long points = lot.expireRemaining();
            balance -= points;
            LedgerEntry expiry = LedgerEntry.expiryOf(lot, points, balance, actor);
            posting.add(expiry);
            posting.add(new LotMovement(expiry, lot, -points));
        }
        return posting;
    }

    private static void requirePositive(long points, String what) {
        if (points <= 0) {
            throw new IllegalArgumentException(what + " is a positive number of points");
        }
    }

    /** Checked before anything changes, so a refused spend takes nothing. */
    private void ensureSpendable(long points, List<Lot> openLots) {
        if (points > balance) {
            throw new InsufficientPointsException(points, balance);
        }
        ensureLotsHold(points, openLots);
    }

    /** Writes a debit (balance already lowered) with its draws from the lots that expire soonest. */
    private Posting drawn(LedgerEntry debit, long points, List<Lot> openLots) {
        Posting posting = new Posting();
        posting.add(debit);
        drawFromLots(points, inSpendingOrder(openLots), debit, posting);
        return posting;
    }

    /** Writes a credit (balance already raised) with the new lot that holds its points. */
    private Posting withNewLot(LedgerEntry credit, Instant expiresAt, Origin origin) {
        Posting posting = new Posting();
        posting.add(credit);
        Lot lot = new Lot(customerId, credit.points(), origin.occurredAt(), expiresAt, credit);
        posting.add(lot);
        posting.add(new LotMovement(credit, lot, credit.points()));
        recoverShortfall(credit.points(), List.of(lot), origin, posting);
        return posting;
    }

    /**
     * Points owed from earlier reversals come out of points just credited (earned, adjusted or
     * refunded) before the customer can spend them, drawn from the lots those points went to.
     */
    private void recoverShortfall(long credited, List<Lot> creditedLots, Origin origin, Posting posting) {
        long recovered = Math.min(shortfall, credited);
        if (recovered == 0) {
            return;
        }
        shortfall -= recovered;
        balance -= recovered;
        LedgerEntry recovery = LedgerEntry.shortfallRecovery(customerId, recovered, balance, origin);
        posting.add(recovery);
        drawFromLots(recovered, inSpendingOrder(creditedLots), recovery, posting);
    }

    /** Checked before anything changes, so a failure leaves the account as it was. */
    private void ensureLotsHold(long points, List<Lot> lots) {
        long held = lots.stream().mapToLong(Lot::remainingPoints).sum();
        if (held < points) {
            throw new IllegalStateException("account " + customerId + ": the open lots hold " + held
                    + " points, fewer than the " + points + " to take; expire due lots first");
        }
    }

    private void drawFromLots(long points, List<Lot> lots, LedgerEntry entry, Posting posting) {
        long left = points;
        for (Lot lot : lots) {
            if (left == 0) {
                break;
            }
            long taken = lot.draw(left);
            if (taken > 0) {
                left -= taken;
                posting.add(new LotMovement(entry, lot, -taken));
            }
        }
        if (left > 0) {
            throw new IllegalStateException("account " + customerId + ": the lots hold less than the balance");
        }
    }

    private static List<Lot> inSpendingOrder(List<Lot> lots) {
        return lots.stream().filter(lot -> lot.remainingPoints() > 0).sorted(SPENDING_ORDER).toList();
    }

    public String customerId() { return customerId; }
    public long balance() { return balance; }
    public long shortfall() { return shortfall; }
    public Instant openedAt() { return openedAt; }
}
