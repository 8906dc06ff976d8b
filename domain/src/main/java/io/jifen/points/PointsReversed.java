package io.jifen.points;
import io.jifen.shared.CustomerId;

/** An accrual was reversed (in the transaction that reversed it, under the account lock). */
public record PointsReversed(String sourceTxnId, CustomerId customerId) {
}
