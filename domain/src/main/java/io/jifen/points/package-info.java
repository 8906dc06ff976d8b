/**
 * The points ledger: each customer's account, the lots points are earned in (each with its
 * expiry), and the append-only ledger entries that every balance change writes. Owns accrual by
 * earning rules, reversal with shortfall recovery, adjustments, spending soonest-expiring lots
 * first, and expiry. Invariant: balance = sum of entries = sum of lots' remaining points.
 */
package io.jifen.points;
