package io.jifen.fulfilment.application;

import io.jifen.shared.Message;
import io.jifen.shared.OrderId;
import io.jifen.shared.security.Roles;
import io.jifen.orders.OrderStatusChanged;
import jakarta.enterprise.event.Event;
import io.jifen.fulfilment.CarrierEvent;
import io.jifen.fulfilment.CarrierEventRepository;
import io.jifen.fulfilment.CarrierStatus;
import io.jifen.fulfilment.UnknownShipmentException;
import io.jifen.orders.OrderRepository;
import io.jifen.orders.RedemptionOrder;
import io.jifen.orders.application.OrderRefunds;
import io.jifen.shared.security.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Status updates carriers send for the shipments they carry. Carriers retry, so each update is
 * applied once per carrier event id: under the order's row lock the service looks the id up in
 * the processed events, applies the update and records the id, all in one transaction. A retry
 * that arrives while the first is still running waits on the lock and then finds the id; the
 * table's primary key refuses the id a second time whatever happens.
 */
@ApplicationScoped
@Transactional
public class CarrierUpdates {
    @Inject
    OrderRepository orders;
    @Inject
    CarrierEventRepository events;
    @Inject
    Event<OrderStatusChanged> statusChanged;
    @Inject
    OrderRefunds refunds;
    @Inject
    Clock clock;

    /** The update as recorded, the order after it, and whether this call applied it (false: a repeat). */
    public record Outcome(CarrierEvent event, RedemptionOrder order, boolean applied) {
    }

    /**
     * @param carrier the registered carrier the caller's token names; a shipment another carrier
     *                carries is refused as unknown, before anything is locked or written
     */
    @RequiresRole(Roles.CARRIER)
    public Outcome report(String carrier, String trackingNumber, String eventId, CarrierStatus status,
                          Instant occurredAt, String note) {
        Instant now = clock.instant();
        var seen = orders.findByTrackingNumber(trackingNumber)
                .filter(shipment -> carrier.equals(shipment.carrier()))
                .orElseThrow(() -> new UnknownShipmentException(trackingNumber));
        // a failure refunds, so orders' refund step takes the account's lock before the order's, as every refund does;
        // under the order's lock the event id is looked up, and a repeat changes nothing
        var earlier = new AtomicReference<CarrierEvent>();
        var event = new CarrierEvent(carrier, eventId, trackingNumber, seen.id().value(), status, occurredAt,
                note == null || note.isBlank() ? null : note.trim(), now);
        var undone = refunds.giveUp(seen.customerId(), seen.id(), now, carrier, Message.of("ledger.refund.deliveryFailed", seen.id().value()).stored(), order -> {
                    events.find(carrier, eventId).ifPresent(earlier::set);
                    if (earlier.get() != null) {
                        return false;
                    }
                    switch (status) {
                        case IN_TRANSIT -> order.confirmInTransit();
                        case DELIVERED -> order.markDelivered(now, carrier, event.describe());
                        case FAILED -> order.fail(event.describe(), now, carrier);
                    }
                    return status == CarrierStatus.FAILED;
                });
        var order = undone.order();
        if (earlier.get() != null) {
            return new Outcome(earlier.get(), orders.find(new OrderId(earlier.get().orderId())).orElse(order), false);
        }
        if (undone.refunded()) {
            order.refund(now, carrier);
        }
        events.add(event);
        undone.newSteps().forEach(change -> statusChanged.fire(new OrderStatusChanged(order, change)));
        return new Outcome(event, order, true);
    }
}
