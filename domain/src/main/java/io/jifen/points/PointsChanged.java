package io.jifen.points;

/**
 * A ledger entry was stored (accrual, redemption, refund, expiry, adjustment, reversal), raised
 * once per entry in the transaction that stored it, so partners hear of it exactly when it commits.
 */
public record PointsChanged(LedgerEntry entry) {
}
