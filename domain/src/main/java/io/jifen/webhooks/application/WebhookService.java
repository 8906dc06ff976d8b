package io.jifen.webhooks.application;

import io.jifen.shared.Message;
import io.jifen.audit.application.AuditLog;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Paged;
import io.jifen.shared.Sorting;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import io.jifen.webhooks.DeliverySort;
import io.jifen.webhooks.DeliveryStatus;
import io.jifen.webhooks.EndpointSort;
import io.jifen.webhooks.InactiveEndpointException;
import io.jifen.webhooks.UnknownWebhookDeliveryException;
import io.jifen.webhooks.UnknownWebhookEndpointException;
import io.jifen.webhooks.WebhookDelivery;
import io.jifen.webhooks.WebhookEndpoint;
import io.jifen.webhooks.WebhookEventType;
import io.jifen.webhooks.WebhookRepository;
import io.jifen.webhooks.WebhookSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Administrators register partners' endpoints, deactivate them, watch deliveries and replay the
 * parked ones. Every change is audited.
 */
@ApplicationScoped
@Transactional
@RequiresRole(Roles.ADMIN)
public class WebhookService {
    @Inject
    WebhookRepository webhooks;
    @Inject
    WebhookSettings settings;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** A new endpoint with its secret: the only time the secret leaves the server. */
    public record Registration(WebhookEndpoint endpoint, String secret) {
    }

    public record EndpointPage(List<WebhookEndpoint> items, int page, int size, long total) implements Paged<WebhookEndpoint> {
    }

    /** A delivery with the endpoint it goes to. */
    public record DeliveryLine(WebhookDelivery delivery, WebhookEndpoint endpoint) {
    }

    public record DeliveryPage(List<DeliveryLine> items, int page, int size, long total) implements Paged<DeliveryLine> {
    }

    /**
     * @param retryWindow how long to retry for this endpoint; null for the server's window, and
     *                    never longer than it
     */
    public Registration register(String partnerId, String url, Set<WebhookEventType> events, Duration retryWindow) {
        Duration serverWindow = settings.retryPolicy().window();
        if (retryWindow != null && retryWindow.compareTo(serverWindow) > 0) {
            throw new InvalidRequestException("retryWindow", Message.of("webhook.retryWindowTooLong", String.valueOf(serverWindow)));
        }
        String checkedUrl = settings.targets().checkRegistration(url);
        String secret = WebhookSecret.generate();
        var endpoint = new WebhookEndpoint(partnerId, checkedUrl, events, retryWindow, secret, clock.instant(),
                Actors.current().name());
        webhooks.addEndpoint(endpoint);
        audit.record("registered webhook endpoint", subject(endpoint.id()), "partner " + partnerId + ", "
                + endpoint.url() + ", events " + events.stream().map(WebhookEventType::wireName).sorted()
                .collect(Collectors.joining(" ")));
        return new Registration(endpoint, secret);
    }

    public EndpointPage endpoints(boolean activeOnly, int page, int size) {
        return endpoints(activeOnly, Sorting.none(), page, size);
    }

    /** The same, in the order staff chose by a column (newest first when none is). */
    public EndpointPage endpoints(boolean activeOnly, Sorting<EndpointSort> sorting, int page, int size) {
        return new EndpointPage(webhooks.endpoints(activeOnly, sorting, page * size, size), page, size,
                webhooks.countEndpoints(activeOnly));
    }

    public WebhookEndpoint endpoint(long endpointId) {
        return webhooks.findEndpoint(endpointId).orElseThrow(() -> new UnknownWebhookEndpointException(endpointId));
    }

    /** The endpoint receives nothing more; what was still pending for it is parked, to replay elsewhere or never. */
    public WebhookEndpoint deactivate(long endpointId) {
        var endpoint = endpoint(endpointId);
        if (!endpoint.isActive()) {
            return endpoint;
        }
        Instant now = clock.instant();
        endpoint.deactivate(now, Actors.current().name());
        var pending = webhooks.pendingFor(endpointId);
        pending.forEach(delivery -> delivery.park(now, "endpoint deactivated"));
        audit.record("deactivated webhook endpoint", subject(endpointId),
                "partner " + endpoint.partnerId() + ", " + pending.size() + " pending deliveries parked");
        return endpoint;
    }

    public DeliveryPage deliveries(DeliveryStatus status, Long endpointId, int page, int size) {
        return new DeliveryPage(deliveriesFrom(status, endpointId, page * size, size), page, size,
                countDeliveries(status, endpointId));
    }

    /** For a lazy grid: newest first, from {@code offset}. */
    public List<DeliveryLine> deliveriesFrom(DeliveryStatus status, Long endpointId, int offset, int limit) {
        return deliveriesFrom(status, endpointId, Sorting.none(), offset, limit);
    }

    /** For a lazy grid: in the order staff chose by a column (newest first when none is), from {@code offset}. */
    public List<DeliveryLine> deliveriesFrom(DeliveryStatus status, Long endpointId, Sorting<DeliverySort> sorting,
                                             int offset, int limit) {
        var deliveries = webhooks.deliveries(status, endpointId, sorting, offset, limit);
        Map<Long, WebhookEndpoint> endpoints = new HashMap<>();
        return deliveries.stream().map(d -> new DeliveryLine(d, endpoints.computeIfAbsent(d.endpointId(),
                id -> webhooks.findEndpoint(id).orElseThrow()))).toList();
    }

    public long countDeliveries(DeliveryStatus status, Long endpointId) {
        return webhooks.countDeliveries(status, endpointId);
    }

    public DeliveryLine delivery(long deliveryId) {
        var delivery = webhooks.findDelivery(deliveryId).orElseThrow(() -> new UnknownWebhookDeliveryException(deliveryId));
        return new DeliveryLine(delivery, webhooks.findEndpoint(delivery.endpointId()).orElseThrow());
    }

    /** A parked delivery goes out again at once, with a fresh retry window, to an endpoint still active. */
    public DeliveryLine replay(long deliveryId) {
        var delivery = webhooks.lockDelivery(deliveryId).orElseThrow(() -> new UnknownWebhookDeliveryException(deliveryId));
        var endpoint = webhooks.findEndpoint(delivery.endpointId()).orElseThrow();
        if (!endpoint.isActive()) {
            throw new InactiveEndpointException(endpoint.id());
        }
        delivery.replay(clock.instant());
        audit.record("replayed webhook delivery", "webhook-delivery:" + deliveryId,
                delivery.eventType() + " " + delivery.eventId() + " to endpoint " + endpoint.id() + " ("
                        + endpoint.partnerId() + ")");
        return new DeliveryLine(delivery, endpoint);
    }

    private static String subject(Long endpointId) {
        return "webhook-endpoint:" + endpointId;
    }
}
