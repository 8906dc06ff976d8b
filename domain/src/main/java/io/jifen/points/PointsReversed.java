package io.jifen.points;

/** An accrual was reversed (in the transaction that reversed it, under the account lock). */
public record PointsReversed(String sourceTxnId, String customerId) {
}
