package io.jifen.fulfilment.application;

import io.jifen.shared.GiftId;
import io.jifen.shared.OrderId;
import io.jifen.shared.CustomerId;
import io.jifen.shared.security.Roles;
import io.jifen.catalog.Gift;
import io.jifen.catalog.application.CatalogService;
import io.jifen.orders.FulfilmentDeadlines;
import io.jifen.orders.OrderQuery;
import io.jifen.orders.OrderRepository;
import io.jifen.orders.OrderStatus;
import io.jifen.orders.RedemptionOrder;
import io.jifen.orders.UnknownOrderException;
import io.jifen.shared.security.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the fulfilment team sees: the board of orders being fulfilled, the overdue ones, and the
 * time limits each state is held to. Reads only; the steps themselves are {@link FulfilmentService}'s.
 */
@ApplicationScoped
@Transactional
public class FulfilmentBoard {
    @Inject
    OrderRepository orders;
    @Inject
    CatalogService catalog;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "jifen.fulfilment.limit.placed", defaultValue = "P1D")
    Duration limitPlaced;
    @Inject
    @ConfigProperty(name = "jifen.fulfilment.limit.allocated", defaultValue = "P3D")
    Duration limitAllocated;
    @Inject
    @ConfigProperty(name = "jifen.fulfilment.limit.ready-for-pickup", defaultValue = "P30D")
    Duration limitReadyForPickup;
    @Inject
    @ConfigProperty(name = "jifen.fulfilment.limit.shipped", defaultValue = "P7D")
    Duration limitShipped;

    /**
     * An order as the fulfilment board shows it: the gift, whether it is overdue now, when its
     * current state's time limit runs out (null for a state without one), and how long ago it was placed.
     */
    public record BoardEntry(RedemptionOrder order, Gift gift, boolean overdue, Instant dueBy, Duration age) {
    }

    /**
     * The fulfilment board, a page from {@code offset}: the orders matching the query, or when it
     * names no status those still being fulfilled; overdue first, then longest unchanged first.
     */
    @RequiresRole({Roles.FULFILMENT, Roles.ADMIN, Roles.SERVICE})
    public List<BoardEntry> board(OrderQuery query, int offset, int limit) {
        Instant now = clock.instant();
        var deadlines = deadlines();
        return entriesOf(orders.findForBoard(query, deadlines.overdueIfChangedBefore(now), offset, limit), deadlines, now);
    }

    @RequiresRole({Roles.FULFILMENT, Roles.ADMIN, Roles.SERVICE})
    public long countBoard(OrderQuery query) {
        return orders.countForBoard(query, deadlines().openStatuses());
    }

    /** One order as the board shows it, read afresh (after a staff action on it). */
    @RequiresRole({Roles.FULFILMENT, Roles.ADMIN, Roles.SERVICE})
    public BoardEntry boardEntry(OrderId orderId) {
        var order = orders.find(orderId).orElseThrow(() -> new UnknownOrderException(orderId));
        return entryOf(order, deadlines(), clock.instant(), catalog::find);
    }

    /** Overdue orders (all, or one customer's), door-to-door first, then those waiting longest. */
    @RequiresRole({Roles.FULFILMENT, Roles.ADMIN, Roles.SERVICE})
    public List<BoardEntry> overdue(CustomerId customerId, int offset, int limit) {
        Instant now = clock.instant();
        var deadlines = deadlines();
        return entriesOf(orders.findOverdue(customerId, deadlines.overdueIfChangedBefore(now), offset, limit), deadlines, now);
    }

    @RequiresRole({Roles.FULFILMENT, Roles.ADMIN, Roles.SERVICE})
    public long countOverdue(CustomerId customerId) {
        return orders.countOverdue(customerId, deadlines().overdueIfChangedBefore(clock.instant()));
    }

    /** The time limits in force (configuration: JIFEN_FULFILMENT_LIMIT_*). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FulfilmentDeadlines deadlines() {
        return new FulfilmentDeadlines(Map.of(OrderStatus.PLACED, limitPlaced, OrderStatus.ALLOCATED, limitAllocated,
                OrderStatus.READY_FOR_PICKUP, limitReadyForPickup, OrderStatus.SHIPPED, limitShipped));
    }

    /** A page of orders as board entries, each gift read once. */
    private List<BoardEntry> entriesOf(List<RedemptionOrder> page, FulfilmentDeadlines deadlines, Instant now) {
        var gifts = new HashMap<GiftId, Gift>();
        return page.stream()
                .map(order -> entryOf(order, deadlines, now, giftId -> gifts.computeIfAbsent(giftId, catalog::find)))
                .toList();
    }

    private static BoardEntry entryOf(RedemptionOrder order, FulfilmentDeadlines deadlines, Instant now,
                                      Function<GiftId, Gift> gifts) {
        return new BoardEntry(order, gifts.apply(order.giftId()), deadlines.isOverdue(order, now),
                deadlines.dueBy(order).orElse(null), Duration.between(order.createdAt(), now));
    }
}
