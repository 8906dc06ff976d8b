package io.jifen.points.application;

import io.jifen.shared.CustomerId;
import io.jifen.customers.UnknownCustomerException;
import io.jifen.points.PointsAccount;
import io.jifen.points.PointsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import io.jifen.points.Lot;

/**
 * The start of every balance change: lock the customer's account row (so changes from any
 * server queue up in the database), then let lots whose time has come expire, so what follows
 * sees only points that still count.
 */
@ApplicationScoped
public class LockedAccount {
    static final String SYSTEM = "system";

    @Inject
    PointsRepository points;

    @Transactional(Transactional.TxType.MANDATORY)
    public PointsAccount lock(CustomerId customerId, Instant now) {
        return lockAndExpire(customerId, now, () -> points.dueLots(customerId, now));
    }

    /**
     * The account locked to earn points: as {@link #lock}, but only the lots that are due are read,
     * since earning spends none.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PointsAccount lockToEarn(CustomerId customerId, Instant now) {
        return lockAndExpire(customerId, now, () -> points.onlyDueLots(customerId, now));
    }

    /** Locks the account, then reads what is due (only under the lock) and expires it. */
    private PointsAccount lockAndExpire(CustomerId customerId, Instant now, Supplier<List<Lot>> dueUnderTheLock) {
        PointsAccount account = points.lockAccount(customerId)
                .orElseThrow(() -> new UnknownCustomerException(customerId));
        var due = dueUnderTheLock.get();
        if (!due.isEmpty()) {
            points.store(account.expire(due, now, SYSTEM));
        }
        return account;
    }

    /**
     * Many accounts locked to earn, in one statement and in customer-id order (so batches over
     * overlapping customers queue rather than deadlock), their due lots read in one more and
     * expired. Customers without an account are missing from the answer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<CustomerId, PointsAccount> lockAllToEarn(Collection<CustomerId> customerIds, Instant now) {
        Map<CustomerId, PointsAccount> locked = new HashMap<>();
        points.lockAccounts(customerIds).forEach(account -> locked.put(account.customerId(), account));
        points.onlyDueLots(locked.keySet(), now).forEach((customerId, due) ->
                points.store(locked.get(customerId).expire(due, now, SYSTEM)));
        return locked;
    }
}
