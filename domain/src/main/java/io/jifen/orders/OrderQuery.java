package io.jifen.orders;

/** Filters for order lists; null means "any". A partner's query always names the partner. */
public record OrderQuery(String partnerId, String customerId, OrderStatus status) {
}
