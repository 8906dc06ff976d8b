package io.jifen.orders.application;

import io.jifen.shared.OrderId;
import io.jifen.shared.CustomerId;
import io.jifen.catalog.application.StockService;
import io.jifen.orders.OrderRepository;
import io.jifen.orders.OrderStatusChange;
import io.jifen.orders.RedemptionOrder;
import io.jifen.points.Origin;
import io.jifen.points.PointsAccount;
import io.jifen.points.PointsRepository;
import io.jifen.points.application.LockedAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * Undoing an order that will not be fulfilled (cancelled, failed, its substitute declined, not
 * collected): its points go back to the lots they came from (a REFUND entry naming the order) and
 * its units go back to where they were held for it. {@link #giveUp} takes the locks itself, in the
 * one order every refund takes them, so callers in other features never lock an account.
 */
@ApplicationScoped
public class OrderRefunds {
    @Inject
    LockedAccount lockedAccount;
    @Inject
    OrderRepository orders;
    @Inject
    PointsRepository points;
    @Inject
    StockService stock;

    /** The locked order after the step, its history's length before it, and whether it was refunded. */
    public record GivenUp(RedemptionOrder order, int historyBefore, boolean refunded) {
        /** The history's steps the step (and nothing before it) added. */
        public List<OrderStatusChange> newSteps() {
            return order.history().subList(historyBefore, order.history().size());
        }
    }

    /**
     * Locks the customer's account row, then the order's (the account before the order and its
     * stock rows, as placing and cancelling take them, so two steps on one customer never deadlock),
     * lets {@code step} move the order under those locks, and when the step answers true refunds its
     * points and restocks its units in the caller's transaction.
     *
     * @param step the order's own decision (fail, decline, cancel...); true when the order now needs
     *             its points and units back, false when it changed nothing that needs undoing
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public GivenUp giveUp(CustomerId customerId, OrderId orderId, Instant now, String by, String description,
                          Predicate<RedemptionOrder> step) {
        var account = lockedAccount.lock(customerId, now);
        var order = orders.lock(orderId);
        int before = order.history().size();
        boolean refunded = step.test(order);
        if (refunded) {
            refundAndRestock(order, account, now, by, description);
        }
        return new GivenUp(order, before, refunded);
    }

    private void refundAndRestock(RedemptionOrder order, PointsAccount lockedAccount, Instant now, String by,
                                  String description) {
        var redemption = points.findEntry(order.redemptionEntryId()).orElseThrow();
        var refund = lockedAccount.refund(redemption, points.movementsOf(redemption), now,
                new Origin(order.id().value(), description, by, now));
        points.store(refund);
        stock.putBack(order.giftId(), order.stockLocation(), order.quantity());
    }
}
