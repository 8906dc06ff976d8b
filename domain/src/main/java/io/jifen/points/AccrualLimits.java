package io.jifen.points;

import io.jifen.shared.Points;
import java.math.BigDecimal;

/**
 * The most one accrual may report and credit without a person looking at it (configurable:
 * JIFEN_ACCRUAL_MAX_AMOUNT in yuan, JIFEN_ACCRUAL_MAX_POINTS). A bound protects the bank from a
 * wrong decimal point upstream; nothing above it is credited automatically.
 */
public record AccrualLimits(BigDecimal maxAmount, Points maxPoints) {
    public AccrualLimits {
        if (maxAmount == null || maxAmount.signum() <= 0 || maxPoints == null || !maxPoints.isPositive()) {
            throw new IllegalArgumentException("accrual limits must be positive");
        }
    }

    public void checkAmount(String sourceTxnId, BigDecimal amount) {
        if (amount.compareTo(maxAmount) > 0) {
            throw new AccrualLimitExceededException(sourceTxnId,
                    "reports " + amount.toPlainString() + " yuan, over the limit of " + maxAmount.toPlainString());
        }
    }

    public void checkPoints(String sourceTxnId, Points points) {
        if (points.isGreaterThan(maxPoints)) {
            throw new AccrualLimitExceededException(sourceTxnId,
                    "would credit " + points.value() + " points, over the limit of " + maxPoints.value());
        }
    }
}
