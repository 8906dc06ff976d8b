package io.jifen.orders;

import io.jifen.shared.OrderId;
import io.jifen.shared.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface OrderRepository {
    void add(RedemptionOrder order);

    Optional<RedemptionOrder> find(OrderId orderId);

    /** Re-reads the order under a row lock, for a state change. */
    RedemptionOrder lock(OrderId orderId);

    Optional<IdempotencyRecord> findKey(String partnerId, String key);

    void addKey(IdempotencyRecord record);

    List<RedemptionOrder> find(OrderQuery query, int page, int size);

    long count(OrderQuery query);

    /**
     * The fulfilment board, a page from {@code offset}: orders matching the query (when it names no
     * status, those in one of {@code overdueIfChangedBefore}'s states), overdue first, then those
     * whose status changed longest ago. An order is overdue when its state is in the map and its
     * status last changed strictly before the state's instant.
     */
    List<RedemptionOrder> findForBoard(OrderQuery query, Map<OrderStatus, Instant> overdueIfChangedBefore,
                                       int offset, int limit);

    /** How many orders the board shows for the query: when it names no status, those in one of {@code open}. */
    long countForBoard(OrderQuery query, Set<OrderStatus> open);

    /** The order shipped under this tracking number (tracking numbers are unique). */
    Optional<RedemptionOrder> findByTrackingNumber(String trackingNumber);

    /**
     * Writes pending changes now, so that a tracking number already used by another order is
     * refused here (unique key) rather than at commit.
     */
    void flushShipment(RedemptionOrder order);

    /**
     * Overdue orders (optionally one customer's), door-to-door first, then those whose status
     * changed longest ago: an order is overdue when its state is in the map and its status last
     * changed strictly before the state's instant.
     */
    List<RedemptionOrder> findOverdue(CustomerId customerId, Map<OrderStatus, Instant> overdueIfChangedBefore,
                                      int offset, int limit);

    long countOverdue(CustomerId customerId, Map<OrderStatus, Instant> overdueIfChangedBefore);

    /** Ids of pickups waiting at their branch since strictly before the instant, longest waiting first. */
    List<String> pickupsReadySince(Instant changedBefore, int limit);
}
