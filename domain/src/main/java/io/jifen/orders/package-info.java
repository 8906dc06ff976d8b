/**
 * Redemption orders: who may redeem what (eligibility, one rule set for the catalog and the
 * order), placing an order as one atomic step (stock reserved, points spent, or nothing), the
 * channels' codes (e-voucher, pickup), idempotent retries, cancellation with refund to the lots
 * the points came from, the order's states and history, each open state's time limit (what makes
 * an order overdue on the fulfilment board), the fulfilment steps an order agrees to or refuses
 * (allocate, ship, ready for pickup, hand over against the pickup code with its lock-out, deliver,
 * fail and refund, substitute offers), and the outbox events partners hear.
 */
package io.jifen.orders;
