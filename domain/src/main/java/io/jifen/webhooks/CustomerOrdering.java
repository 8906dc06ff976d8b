package io.jifen.webhooks;

import java.util.Collection;

/**
 * Deliveries to one endpoint about one customer go out in the order their events were written
 * (the outbox order): a delivery waits while an earlier one of the same endpoint and customer is
 * still pending, however long its retries take. A parked delivery no longer holds the line, so
 * one poisoned event costs the partner that event, not every later one. Events of other
 * customers, or for other endpoints, never wait for each other.
 */
public final class CustomerOrdering {
    private CustomerOrdering() {
    }

    /** Whether {@code earlier} must be delivered or parked before {@code later} may be attempted. */
    public static boolean holdsUp(WebhookDelivery earlier, WebhookDelivery later) {
        return earlier != later
                && earlier.status() == DeliveryStatus.PENDING
                && earlier.endpointId() == later.endpointId()
                && later.customerId() != null && later.customerId().equals(earlier.customerId())
                && earlier.outboxEventId() < later.outboxEventId();
    }

    /** Whether the candidate is next in its line, given the other deliveries that may be in it. */
    public static boolean mayAttempt(WebhookDelivery candidate, Collection<WebhookDelivery> others) {
        return candidate.status() == DeliveryStatus.PENDING
                && others.stream().noneMatch(other -> holdsUp(other, candidate));
    }
}
