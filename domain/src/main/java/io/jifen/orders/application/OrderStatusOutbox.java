package io.jifen.orders.application;

import io.jifen.orders.OrderStatusChanged;
import io.jifen.shared.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;

/**
 * The one writer of {@code order.status-changed} outbox events, whoever changed the order
 * (ordering, fulfilment, carriers, pickup expiry). It observes synchronously, so the event is
 * written in the transaction that changed the order and commits or rolls back with it. A note
 * that changes no state (a substitute offered or accepted) is announced too, with its reason, so
 * the storefront can ask the customer.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OrderStatusOutbox {
    @Inject
    Outbox outbox;

    void record(@Observes OrderStatusChanged changed) {
        var order = changed.order();
        var change = changed.change();
        var payload = Json.createObjectBuilder()
                .add("orderId", order.id().value())
                .add("customerId", order.customerId().value())
                .add("partnerId", order.partnerId())
                .add("giftId", order.giftId().value())
                .add("status", change.status().name())
                .add("at", change.at().toString())
                .add("by", change.by());
        if (change.reason() != null) {
            payload.add("reason", change.reason());
        }
        if (order.substituteGiftId() != null) {
            payload.add("substituteGiftId", order.substituteGiftId());
        }
        outbox.record("order.status-changed", order.id().value(), order.customerId().value(), payload.build());
    }
}
