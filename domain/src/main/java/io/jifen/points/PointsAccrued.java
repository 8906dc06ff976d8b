package io.jifen.points;

/** A new accrual was stored (in the transaction that stored it, under the account lock). */
public record PointsAccrued(AccrualRequest request) {
}
