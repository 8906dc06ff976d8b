package io.jifen.points.application;

import io.jifen.shared.CustomerId;
import io.jifen.customers.UnknownCustomerException;
import io.jifen.points.PointsAccount;
import io.jifen.points.PointsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

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
        PointsAccount account = points.lockAccount(customerId)
                .orElseThrow(() -> new UnknownCustomerException(customerId));
        var due = points.dueLots(customerId, now);
        if (!due.isEmpty()) {
            points.store(account.expire(due, now, SYSTEM));
        }
        return account;
    }
}
