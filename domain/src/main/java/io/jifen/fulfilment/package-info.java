/**
 * Fulfilment: the back office's steps that take a placed order to its end (allocate, ship, make
 * ready at the branch, hand over against the pickup code, deliver, fail with a refund, offer a
 * substitute the customer accepts or declines), carriers' status updates (idempotent per carrier
 * event id), and the job that cancels and refunds pickups not collected in time. The order's own
 * rules live in {@code io.jifen.orders}; this feature drives them together with points and stock.
 */
package io.jifen.fulfilment;
