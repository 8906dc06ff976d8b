package io.jifen.points;

import io.jifen.shared.Message;
import io.jifen.shared.CustomerId;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Points;
import io.jifen.shared.integrity.HashChain;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import io.jifen.shared.time.BankCalendar;
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
    public static final Points LARGEST_ADJUSTMENT = Points.of(100_000_000);

    @Id
    @Column(name = "customer_id", length = 64)
    private String customerId;
    @Column(name = "balance", nullable = false)
    private long balance;
    @Column(name = "shortfall", nullable = false)
    private long shortfall;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    /**
     * Points redeemed in the bank-calendar month {@code redeemedMonth} (yyyymm) by orders not given
     * up since: the monthly quota reads this row, which the redemption locks anyway, instead of
     * summing the customer's orders. A month other than the current one counts as nothing.
     */
    @Column(name = "redeemed_month")
    private Integer redeemedMonth;
    @Column(name = "redeemed_in_month", nullable = false)
    private long redeemedInMonth;
    /**
     * The hash of the customer's latest ledger entry: each new entry is linked after it under the
     * account's row lock, so the chain has one order however many servers write.
     */
    @Column(name = "ledger_head", length = 64)
    private String ledgerHead;
    /** An alert holds the customer's redemptions while risk staff look into it. */
    @Column(name = "under_review", nullable = false)
    private boolean underReview;
    /** The latest redemptions' times (RecentRedemptions): a burst is counted from this row. */
    @Column(name = "recent_redemptions", length = 400)
    private String recentRedemptions;
    /** Accruals so far and their points: the customer's own average, against which a spike is judged. */
    @Column(name = "accrual_count", nullable = false)
    private long accrualCount;
    @Column(name = "accrual_points", nullable = false)
    private long accrualPoints;
    /** The bank day (yyyymmdd) of the latest accrual and what that day earned so far. */
    @Column(name = "earned_day")
    private Integer earnedDay;
    @Column(name = "earned_on_day", nullable = false)
    private long earnedOnDay;
    @Transient
    private long lastEarned;

    protected PointsAccount() {
    }

    public PointsAccount(CustomerId customerId, Instant openedAt) {
        this.customerId = customerId.value();
        this.openedAt = openedAt;
    }

    /**
     * Points earned from the bank's activity make a new lot. A shortfall left by an earlier
     * reversal is recovered from it first.
     */
    public Posting accrue(Points points, Instant expiresAt, Origin origin) {
        requirePositive(points, "earning");
        balance += points.value();
        noteEarning(points, origin.occurredAt());
        return withNewLot(LedgerEntry.accrual(customerId(), points, balance(), origin), expiresAt, origin);
    }

    /**
     * Points spent on an order, from the lots that expire soonest. Refused whole when the balance
     * is short: nothing is taken.
     */
    public Posting redeem(Points points, List<Lot> openLots, Origin origin) {
        var posting = spend(points, openLots, origin);
        recentRedemptions = RecentRedemptions.with(recentRedemptions, origin.occurredAt());
        return posting;
    }

    /**
     * A gift the bank grants (a trigger's e-voucher), paid with the points just granted for it: a
     * redemption on the ledger and in the month's quota, but not the customer's own doing, so it
     * does not count towards a burst of redemptions.
     */
    public Posting redeemGranted(Points points, List<Lot> openLots, Origin origin) {
        return spend(points, openLots, origin);
    }

    private Posting spend(Points points, List<Lot> openLots, Origin origin) {
        requirePositive(points, "spending");
        ensureSpendable(points, openLots);
        balance -= points.value();
        int month = monthOf(origin.occurredAt());
        if (!isCounted(month)) {
            redeemedMonth = month;
            redeemedInMonth = 0;
        }
        redeemedInMonth += points.value();
        return drawn(LedgerEntry.redemption(customerId(), points, balance(), origin), points, openLots);
    }

    /** What orders not given up redeemed in the bank-calendar month of the instant (the monthly quota's measure). */
    public Points redeemedInMonthOf(Instant at) {
        return isCounted(monthOf(at)) ? Points.of(redeemedInMonth) : Points.ZERO;
    }

    /** Whether {@code redeemedInMonth} counts that month (yyyymm). */
    private boolean isCounted(int month) {
        return redeemedMonth != null && redeemedMonth == month;
    }

    private static int monthOf(Instant at) {
        var day = at.atZone(BankCalendar.ZONE);
        return day.getYear() * 100 + day.getMonthValue();
    }

    /**
     * A staff correction. A credit (delta above zero) earns a lot expiring at creditExpiresAt, as
     * an accrual does; a debit spends the open lots, as a redemption does, and is refused whole
     * when the balance is short.
     */
    public Posting adjust(Points delta, Instant creditExpiresAt, List<Lot> openLots, Origin origin) {
        checkAdjustment(delta);
        if (delta.isPositive()) {
            balance += delta.value();
            return withNewLot(LedgerEntry.adjustment(customerId(), delta, balance(), origin), creditExpiresAt, origin);
        }
        Points points = delta.negate();
        requirePositive(points, "spending");
        ensureSpendable(points, openLots);
        balance -= points.value();
        return drawn(LedgerEntry.adjustment(customerId(), delta, balance(), origin), points, openLots);
    }

    /**
     * Refuses an adjustment that changes nothing or moves more than {@link #LARGEST_ADJUSTMENT}
     * points, naming the field {@code points}. Public so a service can refuse before it locks the
     * account row.
     */
    public static void checkAdjustment(Points delta) {
        if (delta.isZero()) {
            throw new InvalidRequestException("points", "an adjustment changes the balance");
        }
        if (delta.isGreaterThan(LARGEST_ADJUSTMENT) || delta.isLessThan(LARGEST_ADJUSTMENT.negate())) {
            throw new InvalidRequestException("points",
                    Message.of("adjustment.tooLarge", String.valueOf(LARGEST_ADJUSTMENT.value())));
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
        Points owed = accrual.points().minus(accrualLot == null ? Points.ZERO : accrualLot.expiredPoints());
        Points taken = Points.min(owed, balance());
        if (taken.isPositive()) {
            ensureLotsHold(taken, openLots);
            balance -= taken.value();
            LedgerEntry reversal = LedgerEntry.reversalOf(accrual, taken, balance(), origin);
            posting.add(chained(reversal));
            List<Lot> order = new ArrayList<>();
            if (accrualLot != null && openLots.contains(accrualLot)) {
                order.add(accrualLot);
            }
            inSpendingOrder(openLots).stream().filter(lot -> lot != accrualLot).forEach(order::add);
            drawFromLots(taken, order, reversal, posting);
        }
        Points unpaid = owed.minus(taken);
        if (unpaid.isPositive()) {
            shortfall += unpaid.value();
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
        // the order is given up: it no longer counts towards its month's quota, expired lots or not
        if (isCounted(monthOf(redemption.occurredAt()))) {
            redeemedInMonth = Math.max(0, redeemedInMonth + redemption.points().value());
        }
        List<LotMovement> live = movementsOfRedemption.stream()
                .filter(movement -> movement.points().isNegative() && !movement.lot().isExpiredAt(now))
                .toList();
        Points returned = Points.sum(live.stream().map(movement -> movement.points().negate()));
        Posting posting = new Posting();
        if (returned.isZero()) {
            return posting;
        }
        for (LotMovement movement : live) {
            if (!movement.lot().canTakeBack(movement.points().negate())) {
                throw new IllegalStateException("lot " + movement.lot().id() + " cannot take back "
                        + (-movement.points().value()) + " points: was this redemption refunded already?");
            }
        }
        balance += returned.value();
        LedgerEntry refund = LedgerEntry.refundOf(redemption, returned, balance(), origin);
        posting.add(chained(refund));
        for (LotMovement movement : live) {
            movement.lot().giveBack(movement.points().negate());
            posting.add(new LotMovement(refund, movement.lot(), movement.points().negate()));
        }
        recoverShortfall(returned, live.stream().map(LotMovement::lot).distinct().toList(), origin, posting);
        return posting;
    }

    /** Lots past their expiry lose what is left in them, one EXPIRY entry per lot. */
    public Posting expire(List<Lot> lots, Instant now, String actor) {
        Posting posting = new Posting();
        for (Lot lot : lots) {
            if (!lot.isExpiredAt(now) || lot.remainingPoints().isZero()) {
                continue;
            }
            Points points = lot.expireRemaining();
            balance -= points.value();
            LedgerEntry expiry = LedgerEntry.expiryOf(lot, points, balance(), actor);
            posting.add(chained(expiry));
            posting.add(new LotMovement(expiry, lot, points.negate()));
        }
        return posting;
    }

    /** The figures an earning spike is judged by: the accrual just made against the ones before it. */
    public record Earnings(long earlierCount, long earlierPoints, long points, long dayTotal) {
    }

    private void noteEarning(Points points, Instant at) {
        int day = dayOf(at);
        if (earnedDay == null || earnedDay != day) {
            earnedDay = day;
            earnedOnDay = 0;
        }
        earnedOnDay += points.value();
        accrualCount++;
        accrualPoints += points.value();
        lastEarned = points.value();
    }

    /** The latest accrual (made through this object) against the customer's history before it. */
    public Earnings latestEarnings() {
        return new Earnings(accrualCount - 1, accrualPoints - lastEarned, lastEarned, earnedOnDay);
    }

    /** Redemptions placed at or after {@code since} (of the latest RecentRedemptions.MOST). */
    public long redemptionsSince(Instant since) {
        return RecentRedemptions.since(recentRedemptions, since);
    }

    public boolean isUnderReview() {
        return underReview;
    }

    public void placeHold() {
        underReview = true;
    }

    public void releaseHold() {
        underReview = false;
    }

    private static int dayOf(Instant at) {
        var date = at.atZone(BankCalendar.ZONE).toLocalDate();
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    /** Every entry the account writes is linked into the customer's chain as it is written. */
    private LedgerEntry chained(LedgerEntry entry) {
        entry.chainAfter(ledgerHead());
        ledgerHead = entry.hash();
        return entry;
    }

    /** The hash the next entry links after. */
    public String ledgerHead() {
        return ledgerHead == null ? HashChain.GENESIS : ledgerHead;
    }

    private static void requirePositive(Points points, String what) {
        if (!points.isPositive()) {
            throw new IllegalArgumentException(what + " is a positive number of points");
        }
    }

    /** Checked before anything changes, so a refused spend takes nothing. */
    private void ensureSpendable(Points points, List<Lot> openLots) {
        if (points.isGreaterThan(balance())) {
            throw new InsufficientPointsException(points, balance());
        }
        ensureLotsHold(points, openLots);
    }

    /** Writes a debit (balance already lowered) with its draws from the lots that expire soonest. */
    private Posting drawn(LedgerEntry debit, Points points, List<Lot> openLots) {
        Posting posting = new Posting();
        posting.add(chained(debit));
        drawFromLots(points, inSpendingOrder(openLots), debit, posting);
        return posting;
    }

    /** Writes a credit (balance already raised) with the new lot that holds its points. */
    private Posting withNewLot(LedgerEntry credit, Instant expiresAt, Origin origin) {
        Posting posting = new Posting();
        posting.add(chained(credit));
        Lot lot = new Lot(customerId(), credit.points(), origin.occurredAt(), expiresAt, credit);
        posting.add(lot);
        posting.add(new LotMovement(credit, lot, credit.points()));
        recoverShortfall(credit.points(), List.of(lot), origin, posting);
        return posting;
    }

    /**
     * Points owed from earlier reversals come out of points just credited (earned, adjusted or
     * refunded) before the customer can spend them, drawn from the lots those points went to.
     */
    private void recoverShortfall(Points credited, List<Lot> creditedLots, Origin origin, Posting posting) {
        Points recovered = Points.min(shortfall(), credited);
        if (recovered.isZero()) {
            return;
        }
        shortfall -= recovered.value();
        balance -= recovered.value();
        LedgerEntry recovery = LedgerEntry.shortfallRecovery(customerId(), recovered, balance(), origin);
        posting.add(chained(recovery));
        drawFromLots(recovered, inSpendingOrder(creditedLots), recovery, posting);
    }

    /** Checked before anything changes, so a failure leaves the account as it was. */
    private void ensureLotsHold(Points points, List<Lot> lots) {
        Points held = Points.sum(lots.stream().map(Lot::remainingPoints));
        if (held.isLessThan(points)) {
            throw new IllegalStateException("account " + customerId + ": the open lots hold " + held.value()
                    + " points, fewer than the " + points.value() + " to take; expire due lots first");
        }
    }

    private void drawFromLots(Points points, List<Lot> lots, LedgerEntry entry, Posting posting) {
        Points left = points;
        for (Lot lot : lots) {
            if (left.isZero()) {
                break;
            }
            Points taken = lot.draw(left);
            if (taken.isPositive()) {
                left = left.minus(taken);
                posting.add(new LotMovement(entry, lot, taken.negate()));
            }
        }
        if (left.isPositive()) {
            throw new IllegalStateException("account " + customerId + ": the lots hold less than the balance");
        }
    }

    private static List<Lot> inSpendingOrder(List<Lot> lots) {
        return lots.stream().filter(lot -> lot.remainingPoints().isPositive()).sorted(SPENDING_ORDER).toList();
    }

    public CustomerId customerId() { return new CustomerId(customerId); }
    public Points balance() { return Points.of(balance); }
    public Points shortfall() { return Points.of(shortfall); }
    public Instant openedAt() { return openedAt; }
}
