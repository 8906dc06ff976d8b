package io.jifen.orders;

/**
 * A new step in an order's history (a state change, or a note such as a substitute offered),
 * raised in the transaction that made it so partners hear of it exactly when it commits.
 */
public record OrderStatusChanged(RedemptionOrder order, OrderStatusChange change) {
}
