package io.jifen.webhooks.application;

import io.jifen.shared.outbox.Outbox;
import io.jifen.shared.outbox.OutboxEvent;
import io.jifen.webhooks.CustomerOrdering;
import io.jifen.webhooks.WebhookBody;
import io.jifen.webhooks.WebhookDelivery;
import io.jifen.webhooks.WebhookEventType;
import io.jifen.webhooks.WebhookRepository;
import io.jifen.partners.application.PartnerRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The steps of delivery that touch the database, each its own short transaction, so no
 * connection or lock is held while a partner's endpoint takes its time: fan an outbox event out
 * into deliveries, claim one, record how the attempt went.
 */
@ApplicationScoped
public class DeliveryQueue {
    private static final Logger LOG = Logger.getLogger(DeliveryQueue.class.getName());

    @Inject
    WebhookRepository webhooks;
    @Inject
    Outbox outbox;
    @Inject
    WebhookSettings settings;
    @Inject
    Clock clock;
    @Inject
    PartnerRegistry partners;

    /** What a worker sends: everything read in the claiming transaction, nothing read later. */
    public record Attempt(long deliveryId, String url, String secret, String eventId, String eventType, int number,
                          String body) {
    }

    /**
     * Turns up to {@code limit} unpublished outbox events into one delivery per endpoint that
     * receives them, in outbox order; answers how many events it looked at. An event another
     * server took first is skipped (its guarded update finds it published).
     */
    @Transactional
    public int fanOut(int limit) {
        List<OutboxEvent> events = outbox.unpublished(limit);
        if (events.isEmpty()) {
            return 0;
        }
        var endpoints = webhooks.activeEndpoints();
        Instant now = clock.instant();
        // events no endpoint subscribes to (all of them while no partner has an endpoint, as after a
        // nightly file's 200,000 balance announcements) are taken in one statement, not one each
        List<Long> heardByNobody = new java.util.ArrayList<>();
        for (OutboxEvent event : events) {
            Optional<WebhookEventType> type = WebhookEventType.ofWireName(event.type());
            if (type.isEmpty() || endpoints.stream().noneMatch(endpoint -> endpoint.subscribesTo(type.get()))) {
                heardByNobody.add(event.id());
                continue;
            }
            if (!outbox.markPublished(event.id(), now)) {
                continue;
            }
            Optional<String> partner = type.get().belongsToOnePartner() ? partnerOf(event.payload()) : Optional.empty();
            for (var endpoint : endpoints) {
                // only partners that may see the customer hear of it: a suspended or unregistered
                // partner hears nothing, a LINKED one only of the customers linked to it, except that the
                // partner; the partner that placed an order always hears of that order while it is active
                boolean ownOrder = partner.isPresent() && partner.get().equals(endpoint.partnerId())
                        && partners.activePartner(endpoint.partnerId()).isPresent();
                if (endpoint.receives(type.get(), partner)
                        && (ownOrder || partners.maySee(endpoint.partnerId(), event.customerId()))) {
                    webhooks.addDelivery(new WebhookDelivery(endpoint.id(), event.id(), event.eventId(), event.type(),
                            event.customerId(), now));
                }
            }
        }
        outbox.markPublished(heardByNobody, now);
        return events.size();
    }

    /** The partner an event belongs to, when its data names one (order events carry partnerId). */
    private static Optional<String> partnerOf(String payload) {
        JsonObject data = Json.createReader(new StringReader(payload)).readObject();
        return data.get("partnerId") instanceof JsonString partner ? Optional.of(partner.getString()) : Optional.empty();
    }

    @Transactional
    public List<Long> attemptable(int limit) {
        return webhooks.attemptable(clock.instant(), limit);
    }

    /**
     * Claims the delivery for the worker and answers what to send, or nothing when another worker
     * holds it, it is no longer due, an earlier delivery of its customer's line turned up, or its
     * endpoint has been deactivated (then it is parked).
     */
    @Transactional
    public Optional<Attempt> claim(long deliveryId, String owner) {
        Instant now = clock.instant();
        if (!webhooks.claim(deliveryId, owner, now.plus(settings.claimLease()), now)) {
            return Optional.empty();
        }
        WebhookDelivery delivery = webhooks.findDelivery(deliveryId).orElseThrow();
        var endpoint = webhooks.findEndpoint(delivery.endpointId()).orElseThrow();
        if (!endpoint.isActive()) {
            // fanned out while the endpoint was being deactivated
            delivery.park(now, "endpoint deactivated");
            return Optional.empty();
        }
        if (!CustomerOrdering.mayAttempt(delivery, webhooks.pendingAhead(delivery))) {
            delivery.release();
            return Optional.empty();
        }
        OutboxEvent event = outbox.find(delivery.outboxEventId()).orElseThrow();
        return Optional.of(new Attempt(deliveryId, endpoint.url(), endpoint.secret(), event.eventId(), event.type(),
                delivery.attempts() + 1,
                WebhookBody.of(event.eventId(), event.type(), event.createdAt(), event.customerId(), event.payload())));
    }

    /** Records the attempt, unless the delivery moved on without the worker (lease run out, or parked). */
    @Transactional
    public void record(long deliveryId, String owner, DeliveryOutcome outcome) {
        WebhookDelivery delivery = webhooks.lockDelivery(deliveryId).orElseThrow();
        if (!delivery.isClaimedBy(owner)) {
            LOG.warning(() -> "Webhook delivery " + deliveryId + ": " + owner + " no longer holds it (its lease"
                    + " ran out, or the endpoint was deactivated); the attempt is not recorded");
            return;
        }
        Instant now = clock.instant();
        if (outcome.succeeded()) {
            delivery.delivered(now, outcome.status());
        } else {
            var endpoint = webhooks.findEndpoint(delivery.endpointId()).orElseThrow();
            delivery.failed(now, outcome.status(), outcome.error(),
                    settings.retryPolicy().withWindowAtMost(endpoint.retryWindow().orElse(null)));
        }
    }
}
