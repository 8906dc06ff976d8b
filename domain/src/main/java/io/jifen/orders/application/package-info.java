/**
 * Redemption use cases: placing an order in one transaction (points spent, stock reserved, or
 * nothing), cancelling with a refund to the lots the points came from, gifts granted by
 * campaigns, and the order events partners hear through the outbox.
 */
package io.jifen.orders.application;
