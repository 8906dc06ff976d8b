package io.jifen.procurement;

import java.util.EnumSet;
import java.util.Set;

/** Where a purchase order stands; {@link #canBecome} is the whole life cycle. */
public enum PurchaseOrderStatus {
    DRAFT, SUBMITTED, APPROVED, PARTIALLY_RECEIVED, RECEIVED, CLOSED, CANCELLED;

    public boolean canBecome(PurchaseOrderStatus next) {
        return next(this).contains(next);
    }

    private static Set<PurchaseOrderStatus> next(PurchaseOrderStatus from) {
        return switch (from) {
            case DRAFT -> EnumSet.of(SUBMITTED, CANCELLED);
            case SUBMITTED -> EnumSet.of(APPROVED, DRAFT, CANCELLED);
            // an approved order not yet delivered may be cancelled; once goods arrived it is closed instead
            case APPROVED -> EnumSet.of(PARTIALLY_RECEIVED, RECEIVED, CANCELLED, CLOSED);
            case PARTIALLY_RECEIVED -> EnumSet.of(PARTIALLY_RECEIVED, RECEIVED, CLOSED);
            case RECEIVED -> EnumSet.of(CLOSED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(PurchaseOrderStatus.class);
        };
    }
}
