package io.jifen.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** The events a partner may subscribe to, by the names that travel in the outbox and the headers. */
public enum WebhookEventType {
    POINTS_CHANGED("points.changed"),
    POINTS_EXPIRING("points.expiring"),
    ORDER_STATUS_CHANGED("order.status-changed");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }

    /**
     * Order events concern one storefront's order and go to that partner only; points events
     * concern the customer's account, which every partner serving the customer shows.
     */
    public boolean belongsToOnePartner() {
        return this == ORDER_STATUS_CHANGED;
    }
}
