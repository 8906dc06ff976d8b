package io.jifen.webhooks;

import io.jifen.points.Lot;
import io.jifen.shared.Sorting;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where endpoints, deliveries and expiry notices are kept, and how deliveries are claimed. */
public interface WebhookRepository {
    void addEndpoint(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> findEndpoint(long endpointId);

    List<WebhookEndpoint> activeEndpoints();

    /** Newest first; all, or only active ones. */
    default List<WebhookEndpoint> endpoints(boolean activeOnly, int offset, int limit) {
        return endpoints(activeOnly, Sorting.none(), offset, limit);
    }

    /** The same, in the order chosen (newest first when none is). */
    List<WebhookEndpoint> endpoints(boolean activeOnly, Sorting<EndpointSort> sorting, int offset, int limit);

    long countEndpoints(boolean activeOnly);

    void addDelivery(WebhookDelivery delivery);

    Optional<WebhookDelivery> findDelivery(long deliveryId);

    /** The delivery, locked until the transaction ends. */
    Optional<WebhookDelivery> lockDelivery(long deliveryId);

    /** Newest first; a null status or endpoint matches any. */
    default List<WebhookDelivery> deliveries(DeliveryStatus status, Long endpointId, int offset, int limit) {
        return deliveries(status, endpointId, Sorting.none(), offset, limit);
    }

    /** The same, in the order chosen (newest first when none is). */
    List<WebhookDelivery> deliveries(DeliveryStatus status, Long endpointId, Sorting<DeliverySort> sorting, int offset,
                                     int limit);

    long countDeliveries(DeliveryStatus status, Long endpointId);

    /**
     * Ids of deliveries that may be attempted now: pending, due, unclaimed (or their lease ran
     * out), and first in their endpoint's and customer's line ({@link CustomerOrdering}).
     */
    List<Long> attemptable(Instant now, int limit);

    /**
     * Claims a delivery for a worker: a guarded update that succeeds only while the delivery is
     * pending, due, and unclaimed or its lease has run out. Exactly one of several racing workers, on
     * any number of servers, gets true.
     */
    boolean claim(long deliveryId, String owner, Instant until, Instant now);

    /** Pending deliveries that come before this one in its endpoint's and customer's line. */
    List<WebhookDelivery> pendingAhead(WebhookDelivery delivery);

    List<WebhookDelivery> pendingFor(long endpointId);

    /** Moves the daily run to today; true for exactly one caller per day. */
    boolean claimDailyRun(String job, LocalDate today);

    /** Locks the daily run's row, so two runs of the job queue rather than overlap. */
    void lockDailyRun(String job);

    /** Lots the horizon announces that have not been announced yet, oldest lot first. */
    List<Lot> unannouncedExpiringLots(Instant now, Instant horizon, int limit);

    void addNotice(ExpiringPointsNotice notice);
}
