package io.jifen.fulfilment.application;

import io.jifen.shared.Message;
import io.jifen.shared.OrderId;
import io.jifen.shared.security.Roles;
import io.jifen.orders.OrderStatusChanged;
import jakarta.enterprise.event.Event;
import io.jifen.audit.application.AuditLog;
import io.jifen.orders.OrderRepository;
import io.jifen.orders.OrderStatus;
import io.jifen.orders.UnknownOrderException;
import io.jifen.orders.application.OrderRefunds;
import io.jifen.shared.security.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Cancels and refunds pickups not collected within the READY_FOR_PICKUP time limit. It finds
 * candidates without locks, then treats each order in a transaction of its own: orders' refund
 * step locks the customer's account and the order and the order itself decides, on what it now holds, whether it
 * is still uncollected and overdue. Several servers running this at once queue on those locks, and
 * whichever comes second finds the order cancelled already and leaves it.
 */
@ApplicationScoped
public class PickupExpiry {
    private static final Logger LOG = Logger.getLogger(PickupExpiry.class.getName());
    private static final int BATCH = 100;
    static final String SYSTEM = "system";

    @Inject
    PickupExpiry self;
    @Inject
    OrderRepository orders;
    @Inject
    FulfilmentBoard board;
    @Inject
    Event<OrderStatusChanged> statusChanged;
    @Inject
    OrderRefunds refunds;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    public record Run(List<String> cancelled) {
    }

    @RequiresRole({Roles.FULFILMENT, Roles.ADMIN})
    public Run cancelUncollected() {
        Instant now = clock.instant();
        var limit = board.deadlines().limitFor(OrderStatus.READY_FOR_PICKUP).orElseThrow();
        Set<String> tried = new HashSet<>();
        List<String> cancelled = new ArrayList<>();
        while (true) {
            var batch = self.candidates(now.minus(limit)).stream().filter(tried::add).toList();
            if (batch.isEmpty()) {
                break;
            }
            for (String orderId : batch) {
                try {
                    if (self.cancelIfUncollected(new OrderId(orderId), now)) {
                        cancelled.add(orderId);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not cancel uncollected pickup " + orderId + "; the next run tries again", e);
                }
            }
        }
        if (!cancelled.isEmpty()) {
            LOG.info(() -> "Pickup expiry: " + cancelled.size() + " uncollected pickups cancelled and refunded");
            self.audited(cancelled);
        }
        return new Run(cancelled);
    }

    @Transactional
    public List<String> candidates(Instant readyBefore) {
        return orders.pickupsReadySince(readyBefore, BATCH);
    }

    @Transactional
    public boolean cancelIfUncollected(OrderId orderId, Instant now) {
        var seen = orders.find(orderId).orElseThrow(() -> new UnknownOrderException(orderId));
        var undone = refunds.giveUp(seen.customerId(), orderId, now, SYSTEM,
                Message.of("ledger.refund.notCollected", orderId.value()).stored(),
                order -> order.cancelIfUncollected(board.deadlines(), now, SYSTEM));
        if (!undone.refunded()) {
            return false;
        }
        statusChanged.fire(new OrderStatusChanged(undone.order(), undone.order().lastChange()));
        return true;
    }

    @Transactional
    public void audited(List<String> cancelled) {
        audit.record("cancelled uncollected pickups", "orders:pickup-expiry",
                cancelled.size() + " cancelled: " + String.join(", ", cancelled.subList(0, Math.min(20, cancelled.size())))
                        + (cancelled.size() > 20 ? ", …" : ""));
    }
}
