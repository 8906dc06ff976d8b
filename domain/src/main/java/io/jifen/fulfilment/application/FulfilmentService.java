package io.jifen.fulfilment.application;

import io.jifen.shared.Message;
import io.jifen.shared.OrderId;
import io.jifen.shared.GiftId;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.security.Roles;
import io.jifen.orders.OrderStatusChanged;
import jakarta.enterprise.event.Event;
import io.jifen.audit.application.AuditLog;
import io.jifen.partners.PartnerRepository;
import io.jifen.catalog.OutOfStockException;
import io.jifen.catalog.application.CatalogService;
import io.jifen.catalog.application.StockService;
import io.jifen.customers.CustomerRepository;
import io.jifen.customers.UnknownCustomerException;
import io.jifen.orders.OrderRepository;
import io.jifen.orders.OrderStatusChange;
import io.jifen.orders.RedemptionOrder;
import io.jifen.orders.UnknownOrderException;
import io.jifen.orders.WrongPickupCodeException;
import io.jifen.orders.application.OrderRefunds;
import io.jifen.orders.application.RedemptionService;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.time.BankCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The fulfilment team's steps on an order, and the customer's answer to a substitute offer. Each
 * is one transaction: the order's row is locked first (after the customer's points account when
 * points move, which orders' {@code OrderRefunds.giveUp} takes in the same order as cancelling, so
 * two steps never deadlock), the order agrees
 * to the step or refuses it, points and stock follow, and the history's new steps become outbox
 * events. Staff steps are audited as their signed-in actor.
 */
@ApplicationScoped
@Transactional
public class FulfilmentService {
    @Inject
    OrderRepository orders;
    @Inject
    PartnerRepository partners;
    @Inject
    RedemptionService redemptions;
    @Inject
    OrderRefunds refunds;
    @Inject
    Event<OrderStatusChanged> statusChanged;
    @Inject
    StockService stock;
    @Inject
    CatalogService catalog;
    @Inject
    CustomerRepository customers;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    @RequiresRole({Roles.FULFILMENT, Roles.ADMIN})
    public RedemptionOrder allocate(OrderId orderId, String locationCode) {
        Instant now = clock.instant();
        var order = orders.lock(orderId);
        int before = order.history().size();
        var location = stock.location(locationCode);
        order.allocateTo(location.code(), now, by());
        return announced(order, before, "allocated order", order.lastChange().reason());
    }

    @RequiresRole({Roles.FULFILMENT, Roles.ADMIN})
    public RedemptionOrder ship(OrderId orderId, String carrier, String trackingNumber) {
        Instant now = clock.instant();
        var order = orders.lock(orderId);
        int before = order.history().size();
        var other = trackingNumber == null || trackingNumber.isBlank() ? Optional.<RedemptionOrder>empty()
                : orders.findByTrackingNumber(trackingNumber.trim());
        if (other.isPresent() && !other.get().id().equals(orderId)) {
            throw new InvalidRequestException("trackingNumber",
                    Message.of("trackingNumberTaken", trackingNumber.trim()));
        }
        if (carrier == null || carrier.isBlank()) {
            throw new InvalidRequestException("carrier", "a shipment names its carrier");
        }
        partners.findCarrier(carrier.trim())
                .orElseThrow(() -> new InvalidRequestException("carrier",
                        Message.of("carrier.notRegistered", carrier.trim())))
                .requireActive();
        order.ship(carrier, trackingNumber, now, by());
        orders.flushShipment(order);
        return announced(order, before, "shipped order", order.lastChange().reason());
    }

    @RequiresRole({Roles.FULFILMENT, Roles.ADMIN})
    public RedemptionOrder readyForPickup(OrderId orderId) {
        Instant now = clock.instant();
        var order = orders.lock(orderId);
        int before = order.history().size();
        order.readyForPickup(now, by());
        return announced(order, before, "made order ready for pickup", order.lastChange().reason());
    }

    /**
     * Hands over against the customer's code. A wrong code is refused, but the refusal commits:
     * the count of wrong codes (and the audit record of the try) must survive it, or the lock-out
     * could be beaten by simply trying again.
     */
    @RequiresRole({Roles.FULFILMENT, Roles.ADMIN})
    @Transactional(dontRollbackOn = WrongPickupCodeException.class)
    public RedemptionOrder handOver(OrderId orderId, String pickupCode) {
        Instant now = clock.instant();
        var order = orders.lock(orderId);
        int before = order.history().size();
        try {
            order.handOver(pickupCode, now, by());
        } catch (WrongPickupCodeException wrong) {
            audit.record("wrong pickup code", "order:" + orderId,
                    "wrong code " + order.pickupCodeFailures() + " of " + RedemptionOrder.PICKUP_CODE_TRIES);
            throw wrong;
        }
        return announced(order, before, "handed over order", order.lastChange().reason());
    }

    @RequiresRole({Roles.FULFILMENT, Roles.ADMIN})
    public RedemptionOrder markDelivered(OrderId orderId) {
        Instant now = clock.instant();
        var order = orders.lock(orderId);
        int before = order.history().size();
        order.markDelivered(now, by(), "delivery confirmed by " + by());
        return announced(order, before, "marked order delivered", null);
    }

    /** The order fails for the reason given; its points and stock come back at once and it ends refunded. */
    @RequiresRole({Roles.FULFILMENT, Roles.ADMIN})
    public RedemptionOrder fail(OrderId orderId, String reason) {
        Instant now = clock.instant();
        var seen = orders.find(orderId).orElseThrow(() -> new UnknownOrderException(orderId));
        var undone = refunds.giveUp(seen.customerId(), orderId, now, by(), Message.of("ledger.refund.failed", orderId.value()).stored(),
                order -> {
                    order.fail(reason, now, by());
                    return true;
                });
        undone.order().refund(now, by());
        return announced(undone.order(), undone.historyBefore(), "failed order", reason);
    }

    /**
     * Offers a substitute (equal or lower price; the points charged stay as charged). Its units
     * must be at hand where the order's are held, or the offer is refused as out of stock.
     */
    @RequiresRole({Roles.FULFILMENT, Roles.ADMIN})
    public RedemptionOrder offerSubstitute(OrderId orderId, GiftId giftId, String why) {
        Instant now = clock.instant();
        var order = orders.lock(orderId);
        int before = order.history().size();
        var substitute = catalog.find(giftId);
        var customer = customers.find(order.customerId())
                .orElseThrow(() -> new UnknownCustomerException(order.customerId()));
        order.offerSubstitute(substitute, customer.serviceLevelOn(now.atZone(BankCalendar.ZONE).toLocalDate()).level(),
                now, by(), why);
        if (stock.stockAt(giftId, order.stockLocation()) < order.quantity()) {
            throw new OutOfStockException(giftId, order.stockLocation());
        }
        return announced(order, before, "offered substitute", giftId.value());
    }

    /**
     * The customer takes the substitute (through the partner that placed the order; another
     * partner's order is "not found"): its units are taken where the order's are held and the
     * original's go back there, in one step.
     */
    @RequiresRole({Roles.PARTNER, Roles.SERVICE, Roles.ADMIN})
    public RedemptionOrder acceptSubstitute(OrderId orderId, String partnerId) {
        Instant now = clock.instant();
        redemptions.visibleOrder(orderId, partnerId);
        var order = orders.lock(orderId);
        int before = order.history().size();
        GiftId replaced = order.acceptSubstitute(now, by());
        // two stock rows change: always in gift-id order, so two acceptances swapping the same gifts cannot deadlock
        if (order.giftId().value().compareTo(replaced.value()) < 0) {
            stock.take(order.giftId(), order.stockLocation(), order.quantity());
            stock.putBack(replaced, order.stockLocation(), order.quantity());
        } else {
            stock.putBack(replaced, order.stockLocation(), order.quantity());
            stock.take(order.giftId(), order.stockLocation(), order.quantity());
        }
        return announced(order, before, "substitute accepted", order.giftId() + " replaces " + replaced);
    }

    /** The customer turns the substitute down: the order is cancelled and refunded at once. */
    @RequiresRole({Roles.PARTNER, Roles.SERVICE, Roles.ADMIN})
    public RedemptionOrder declineSubstitute(OrderId orderId, String partnerId) {
        Instant now = clock.instant();
        var seen = redemptions.visibleOrder(orderId, partnerId);
        var undone = refunds.giveUp(seen.customerId(), orderId, now, by(),
                Message.of("ledger.refund.substituteDeclined", orderId.value()).stored(),
                order -> {
                    order.declineSubstitute(now, by());
                    return true;
                });
        return announced(undone.order(), undone.historyBefore(), "substitute declined", null);
    }

    /** Every new step of the history becomes an outbox event; the step is audited as the actor's. */
    private RedemptionOrder announced(RedemptionOrder order, int historyBefore, String action, String details) {
        for (OrderStatusChange change : order.history().subList(historyBefore, order.history().size())) {
            statusChanged.fire(new OrderStatusChanged(order, change));
        }
        audit.record(action, "order:" + order.id(), details);
        return order;
    }

    private static String by() {
        return Actors.current().name();
    }
}
