package io.jifen.points.application;

import io.jifen.shared.CustomerId;
import io.jifen.shared.Points;
import io.jifen.points.PointsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sweeps expired lots into EXPIRY entries. Each customer is its own transaction on the locked
 * account, and a lot is expired only while it still has points, so two servers sweeping at once
 * queue on the lock and the second finds nothing left to do.
 */
@ApplicationScoped
public class ExpiryService {
    private static final Logger LOG = Logger.getLogger(ExpiryService.class.getName());
    private static final int BATCH = 200;

    @Inject
    PointsRepository points;
    @Inject
    ExpiryService self;
    @Inject
    LockedAccount lockedAccount;
    @Inject
    Clock clock;

    /** The admin API answers this record as it is, so its points stay a plain number on the wire. */
    public record Run(int accounts, long pointsExpired) {
    }

    public Run expireDue() {
        var now = clock.instant();
        int accounts = 0;
        long expired = 0;
        while (true) {
            var customers = self.customersWithDueLots(now);
            if (customers.isEmpty()) {
                break;
            }
            for (CustomerId customerId : customers) {
                expired += self.expireFor(customerId, now).value();
                accounts++;
            }
        }
        if (accounts > 0) {
            long total = expired;
            int count = accounts;
            LOG.info(() -> "Expiry run: " + total + " points expired on " + count + " accounts");
        }
        return new Run(accounts, expired);
    }

    @Transactional
    public List<CustomerId> customersWithDueLots(Instant now) {
        return points.customersWithDueLots(now, BATCH).stream().map(CustomerId::new).toList();
    }

    @Transactional
    public Points expireFor(CustomerId customerId, Instant now) {
        var account = points.lockAccount(customerId).orElseThrow();
        var posting = account.expire(points.dueLots(customerId, now), now, LockedAccount.SYSTEM);
        points.store(posting);
        return posting.netPoints().negate();
    }
}
