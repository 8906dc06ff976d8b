package io.jifen.orders;

import java.util.EnumSet;
import java.util.Set;

/**
 * The order's states (domain.md) and the moves between them. An order ends delivered, collected,
 * issued (an e-voucher), cancelled, refunded or failed.
 */
public enum OrderStatus {
    PLACED, ALLOCATED, SHIPPED, READY_FOR_PICKUP, ISSUED, DELIVERED, COLLECTED, CANCELLED, REFUNDED, FAILED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case PLACED -> EnumSet.of(ALLOCATED, ISSUED, CANCELLED, FAILED);
            case ALLOCATED -> EnumSet.of(SHIPPED, READY_FOR_PICKUP, CANCELLED, FAILED);
            case SHIPPED -> EnumSet.of(DELIVERED, FAILED);
            case READY_FOR_PICKUP -> EnumSet.of(COLLECTED, CANCELLED, FAILED);
            case FAILED -> EnumSet.of(REFUNDED);
            case ISSUED, DELIVERED, COLLECTED, CANCELLED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    /** A customer may cancel until the gift has left: shipped, collected or issued orders are past that. */
    public boolean isCancellable() {
        return canMoveTo(CANCELLED);
    }
}
