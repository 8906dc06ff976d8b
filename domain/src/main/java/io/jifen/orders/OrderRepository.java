package io.jifen.orders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface OrderRepository {
    void add(RedemptionOrder order);

    Optional<RedemptionOrder> find(String orderId);

    /** Re-reads the order under a row lock, for a state change. */
    RedemptionOrder lock(String orderId);

    Optional<IdempotencyRecord> findKey(String partnerId, String key);

    void addKey(IdempotencyRecord record);

    /** Points charged by the customer's orders placed since the instant and not undone. */
    long pointsRedeemedSince(String customerId, Instant since);

    List<RedemptionOrder> find(OrderQuery query, int page, int size);

    long count(OrderQuery query);
}
