package io.jifen.orders;

import static io.jifen.orders.OrderStatus.ALLOCATED;
import static io.jifen.orders.OrderStatus.PLACED;
import static io.jifen.orders.OrderStatus.READY_FOR_PICKUP;
import static io.jifen.orders.OrderStatus.SHIPPED;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How long an order may stay in each open state before it is overdue and surfaces on the
 * fulfilment board (domain.md): by default a day to allocate, three days to ship or make ready at
 * the branch, thirty days for the customer to collect, seven days for the carrier to deliver.
 * The clock runs from the order's last status change, so an order that moves on starts afresh (a
 * note in its history that changes no state, such as a substitute offer, does not restart it).
 * End states (and a failure awaiting its refund) have no limit and are never overdue.
 */
public final class FulfilmentDeadlines {
    public static final Map<OrderStatus, Duration> DEFAULT_LIMITS = Map.of(
            PLACED, Duration.ofDays(1),
            ALLOCATED, Duration.ofDays(3),
            READY_FOR_PICKUP, Duration.ofDays(30),
            SHIPPED, Duration.ofDays(7));

    private final Map<OrderStatus, Duration> limits;

    public FulfilmentDeadlines() {
        this(DEFAULT_LIMITS);
    }

    /** A limit for each of PLACED, ALLOCATED, READY_FOR_PICKUP and SHIPPED, and for no other state. */
    public FulfilmentDeadlines(Map<OrderStatus, Duration> limits) {
        var checked = new EnumMap<OrderStatus, Duration>(OrderStatus.class);
        checked.putAll(limits);
        if (!checked.keySet().equals(DEFAULT_LIMITS.keySet())) {
            throw new IllegalArgumentException("time limits are set for exactly " + DEFAULT_LIMITS.keySet()
                    + ", not " + checked.keySet());
        }
        checked.forEach((status, limit) -> {
            if (limit == null || limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("the time limit for " + status + " must be positive, not " + limit);
            }
        });
        this.limits = Collections.unmodifiableMap(checked);
    }

    /** The states an order is still being fulfilled in: those with a time limit. */
    public Set<OrderStatus> openStatuses() {
        return limits.keySet();
    }

    public Optional<Duration> limitFor(OrderStatus status) {
        return Optional.ofNullable(limits.get(status));
    }

    /** When the order must have left its current state; empty for a state without a limit. */
    public Optional<Instant> dueBy(RedemptionOrder order) {
        return limitFor(order.status()).map(limit -> order.statusChangedAt().plus(limit));
    }

    public boolean isOverdue(RedemptionOrder order, Instant now) {
        return isOverdue(order.status(), order.statusChangedAt(), now);
    }

    /** Overdue once the limit has passed: exactly at the limit is still in time. */
    public boolean isOverdue(OrderStatus status, Instant changedAt, Instant now) {
        return limitFor(status).map(limit -> now.isAfter(changedAt.plus(limit))).orElse(false);
    }

    /**
     * For each open state, the instant a last change must be strictly before for an order in that
     * state to be overdue now: what a database query compares against.
     */
    public Map<OrderStatus, Instant> overdueIfChangedBefore(Instant now) {
        var cutoffs = new EnumMap<OrderStatus, Instant>(OrderStatus.class);
        limits.forEach((status, limit) -> cutoffs.put(status, now.minus(limit)));
        return Collections.unmodifiableMap(cutoffs);
    }
}
