package io.jifen.orders;

import io.jifen.catalog.Channel;
import java.time.Instant;

/**
 * Filters for order lists; null means "any". A partner's query always names the partner. The
 * fulfilment board also filters by channel, branch and age: {@code placedBefore} keeps orders
 * placed strictly before that instant ("older than").
 */
public record OrderQuery(String partnerId, String customerId, OrderStatus status, Channel channel, String branchCode,
                         Instant placedBefore) {

    /** A partner's or customer's list: no channel, branch or age filter. */
    public OrderQuery(String partnerId, String customerId, OrderStatus status) {
        this(partnerId, customerId, status, null, null, null);
    }

    /** The fulfilment board's filters, across partners and customers. */
    public static OrderQuery board(OrderStatus status, Channel channel, String branchCode, Instant placedBefore) {
        return board(null, status, channel, branchCode, placedBefore);
    }

    /** The board narrowed to one customer (the customer service desk asks "where is my gift?"). */
    public static OrderQuery board(String customerId, OrderStatus status, Channel channel, String branchCode,
                                   Instant placedBefore) {
        return new OrderQuery(null, customerId == null || customerId.isBlank() ? null : customerId.trim(), status,
                channel, branchCode, placedBefore);
    }
}
