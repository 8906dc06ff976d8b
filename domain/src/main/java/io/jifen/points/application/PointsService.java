package io.jifen.points.application;

import io.jifen.shared.CustomerId;
import io.jifen.shared.Points;
import io.jifen.customers.UnknownCustomerException;
import io.jifen.points.LedgerEntry;
import io.jifen.points.Lot;
import io.jifen.points.PointsAccount;
import io.jifen.points.PointsRepository;
import io.jifen.shared.Paged;
import io.jifen.shared.Sorting;
import io.jifen.points.EntrySort;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A customer's balance and ledger as partners and staff see them (adjustments: AdjustmentService). */
@ApplicationScoped
@Transactional
public class PointsService {
    @Inject
    PointsRepository points;
    @Inject
    LockedAccount lockedAccount;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "jifen.points.expiring-soon-days", defaultValue = "90")
    int expiringSoonDays;

    public record ExpiringPoints(Points points, Instant expiresAt) {
    }

    public record Balance(CustomerId customerId, Points balance, Points shortfall, List<ExpiringPoints> expiringSoon) {
    }

    public record EntryPage(List<LedgerEntry> items, int page, int size, long total) implements Paged<LedgerEntry> {
    }

    public record Consistency(CustomerId customerId, Points balance, Points sumOfEntries, Points sumOfRemainingLots) {
        public boolean consistent() {
            return balance.equals(sumOfEntries) && balance.equals(sumOfRemainingLots);
        }
    }

    /** The balance now; lots whose time has come expire first, so it never shows dead points. */
    public Balance balance(CustomerId customerId) {
        var now = clock.instant();
        Instant horizon = now.plus(Duration.ofDays(expiringSoonDays));
        // only the lots expiring before the horizon are read: the due ones among them, if any, are
        // expired under the lock first (rarely), and the rest are what expires soon
        List<Lot> soon = points.lotsExpiringBefore(customerId, horizon);
        boolean anyDue = soon.stream().anyMatch(lot -> !lot.expiresAt().isAfter(now));
        var account = anyDue
                ? lockedAccount.lock(customerId, now)
                : points.findAccount(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        Map<Instant, Points> expiring = new TreeMap<>();
        for (Lot lot : anyDue ? points.openLots(customerId, now) : soon) {
            if (lot.expiresAt().isBefore(horizon)) {
                expiring.merge(lot.expiresAt(), lot.remainingPoints(), Points::plus);
            }
        }
        return new Balance(customerId, account.balance(), account.shortfall(),
                expiring.entrySet().stream().map(e -> new ExpiringPoints(e.getValue(), e.getKey())).toList());
    }

    public EntryPage entries(CustomerId customerId, int page, int size) {
        return entries(customerId, Sorting.none(), page, size);
    }

    /** The customer's entries in the order staff chose by a column (newest first when none is). */
    public EntryPage entries(CustomerId customerId, Sorting<EntrySort> sorting, int page, int size) {
        points.findAccount(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        return new EntryPage(points.entries(customerId, sorting, page, size), page, size,
                points.countEntries(customerId));
    }

    /** The lots that still hold points, soonest expiry first: the order a redemption spends them in. */
    @RequiresRole({Roles.SERVICE, Roles.ADMIN, Roles.AUDITOR})
    public List<Lot> openLots(CustomerId customerId) {
        points.findAccount(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        return points.openLots(customerId, clock.instant());
    }

    /** The ledger's invariant for one customer, for auditors and tests. */
    public Consistency consistency(CustomerId customerId) {
        var account = points.findAccount(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        return new Consistency(customerId, account.balance(), Points.of(points.sumOfEntries(customerId)),
                Points.of(points.sumOfRemainingLots(customerId)));
    }
}
