package io.jifen.orders.application;

import io.jifen.catalog.application.StockService;
import io.jifen.orders.RedemptionOrder;
import io.jifen.points.Origin;
import io.jifen.points.PointsAccount;
import io.jifen.points.PointsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Undoing an order that will not be fulfilled (cancelled, failed, its substitute declined, not
 * collected): its points go back to the lots they came from (a REFUND entry naming the order) and
 * its units go back to where they were held for it. The caller holds the customer's account lock
 * and has already moved the order, in the same transaction.
 */
@ApplicationScoped
public class OrderRefunds {
    @Inject
    PointsRepository points;
    @Inject
    StockService stock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void refundAndRestock(RedemptionOrder order, PointsAccount lockedAccount, Instant now, String by,
                                 String description) {
        var redemption = points.findEntry(order.redemptionEntryId()).orElseThrow();
        var refund = lockedAccount.refund(redemption, points.movementsOf(redemption), now,
                new Origin(order.id(), description, by, now));
        points.store(refund);
        stock.putBack(order.giftId(), order.stockLocation(), order.quantity());
    }
}
