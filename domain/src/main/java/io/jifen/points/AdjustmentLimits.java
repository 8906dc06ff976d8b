package io.jifen.points;

import io.jifen.shared.Points;

/**
 * How far one member of staff may move points alone: each adjustment up to {@code perAdjustment}
 * either way, and up to {@code perStaffPerDay} in a bank day, credits and debits counted alike.
 * Beyond either, the adjustment waits for a second person (four eyes).
 */
public record AdjustmentLimits(Points perAdjustment, Points perStaffPerDay) {
    public AdjustmentLimits {
        if (!perAdjustment.isPositive() || !perStaffPerDay.isPositive()) {
            throw new IllegalArgumentException("adjustment limits are positive");
        }
    }

    /** Whether {@code delta} may be applied alone by someone who has already moved {@code movedToday}. */
    public boolean allowAlone(Points delta, Points movedToday) {
        Points size = delta.isNegative() ? delta.negate() : delta;
        return !size.isGreaterThan(perAdjustment) && !movedToday.plus(size).isGreaterThan(perStaffPerDay);
    }
}
