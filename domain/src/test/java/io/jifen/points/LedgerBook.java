package io.jifen.points;

import io.jifen.shared.CustomerId;
import io.jifen.shared.Points;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.shared.integrity.ChainWalk;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Test support: a points account together with everything its postings wrote (entries, new lots,
 * movements), kept the way the repository would keep them, so each test can check the ledger's
 * invariant: balance = sum of entries = sum of lots' remaining points.
 */
final class LedgerBook {
    static final CustomerId CUSTOMER = new CustomerId("C-0001");
    static final Instant OPENED = Instant.parse("2026-01-05T01:00:00Z");

    final PointsAccount account;
    final List<LedgerEntry> entries = new ArrayList<>();
    final List<Lot> lots = new ArrayList<>();
    final List<LotMovement> movements = new ArrayList<>();

    LedgerBook() {
        this.account = new PointsAccount(CUSTOMER, OPENED);
    }

    /** Keeps what a posting wrote, as the repository's store(posting) would. */
    Posting keep(Posting posting) {
        entries.addAll(posting.entries());
        lots.addAll(posting.newLots());
        movements.addAll(posting.movements());
        return posting;
    }

    static Origin origin(String reference, Instant occurredAt) {
        return new Origin(reference, "test " + reference, "tester", occurredAt);
    }

    Posting accrue(String reference, long points, Instant earnedAt, Instant expiresAt) {
        return keep(account.accrue(Points.of(points), expiresAt, origin(reference, earnedAt)));
    }

    Posting redeem(String reference, long points, Instant at) {
        return keep(account.redeem(Points.of(points), openLotsAt(at), origin(reference, at)));
    }

    Posting reverse(Posting accrual, Instant at) {
        return keep(account.reverse(accrual.mainEntry(), accrual.newLots().getFirst(), openLotsAt(at),
                origin("REV-" + accrual.mainEntry().reference(), at)));
    }

    Posting expire(Instant now) {
        return keep(account.expire(dueLotsAt(now), now, "system"));
    }

    /** Lots with points left that have not expired at the instant, as the repository answers. */
    List<Lot> openLotsAt(Instant now) {
        return lots.stream().filter(lot -> lot.remainingPoints().isPositive() && !lot.isExpiredAt(now)).toList();
    }

    /** Lots with points left whose expiry has come, as the repository answers. */
    List<Lot> dueLotsAt(Instant now) {
        return lots.stream().filter(lot -> lot.remainingPoints().isPositive() && lot.isExpiredAt(now)).toList();
    }

    long sumOfEntries() {
        return entries.stream().map(LedgerEntry::points).mapToLong(Points::value).sum();
    }

    long sumOfRemainingLots() {
        return lots.stream().map(Lot::remainingPoints).mapToLong(Points::value).sum();
    }

    /** The ledger's invariant, plus: every lot's movements explain its remaining points, every entry's its points. */
    void assertConsistent() {
        assertThat(account.balance().value()).as("balance never below zero").isNotNegative();
        assertThat(account.shortfall().value()).as("shortfall never below zero").isNotNegative();
        assertThat(sumOfEntries()).as("sum of entries equals the balance").isEqualTo(account.balance().value());
        assertThat(sumOfRemainingLots()).as("sum of lots' remaining points equals the balance")
                .isEqualTo(account.balance().value());
        if (!entries.isEmpty()) {
            assertThat(entries.getLast().balanceAfter().value()).as("the last entry's balanceAfter is the balance")
                    .isEqualTo(account.balance().value());
        }
        for (Lot lot : lots) {
            long moved = movements.stream().filter(m -> m.lot() == lot).map(LotMovement::points).mapToLong(Points::value).sum();
            assertThat(moved).as("movements of a lot sum to its remaining points").isEqualTo(lot.remainingPoints().value());
            assertThat(lot.remainingPoints().value()).isBetween(0L, lot.originalPoints().value());
        }
        for (LedgerEntry entry : entries) {
            long moved = movements.stream().filter(m -> m.entry() == entry).map(LotMovement::points).mapToLong(Points::value).sum();
            assertThat(moved).as("movements of a %s entry sum to its points", entry.type()).isEqualTo(entry.points().value());
        }
        assertThat(ChainWalk.walk(links(), account.ledgerHead())).as("every entry is linked into the customer's chain")
                .isEmpty();
    }

    /** The entries as the integrity check reads them: stored hash, and hash recomputed from the content. */
    List<ChainWalk.Link> links() {
        List<ChainWalk.Link> links = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            var e = entries.get(i);
            links.add(new ChainWalk.Link(i + 1, e.previousHash(), e.hash(), LedgerEntry.hashOf(e.previousHash(),
                    e.customerId().value(), e.type().name(), e.points().value(), e.balanceAfter().value(), e.reference(),
                    e.storedDescription(), e.actor(), e.occurredAt(), e.undoes() == null ? null : e.undoes().hash())));
        }
        return links;
    }
}
