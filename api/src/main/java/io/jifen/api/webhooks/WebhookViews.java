package io.jifen.api.webhooks;

import io.jifen.webhooks.DeliveryStatus;
import io.jifen.webhooks.WebhookEndpoint;
import io.jifen.webhooks.WebhookEventType;
import io.jifen.webhooks.application.WebhookService.DeliveryLine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** How endpoints and deliveries look in the API; the secret appears only in the answer to a registration. */
final class WebhookViews {
    private WebhookViews() {
    }

    public record EndpointView(long id, String partnerId, String url, List<String> events, String retryWindow,
                               boolean active, Instant createdAt, String createdBy, Instant deactivatedAt) {
        static EndpointView of(WebhookEndpoint endpoint) {
            return new EndpointView(endpoint.id(), endpoint.partnerId(), endpoint.url(), eventNames(endpoint),
                    endpoint.retryWindow().map(Duration::toString).orElse(null), endpoint.isActive(),
                    endpoint.createdAt(), endpoint.createdBy(), endpoint.deactivatedAt());
        }
    }

    /** The answer to a registration: the endpoint and, this once, its signing secret. */
    public record RegisteredView(long id, String partnerId, String url, List<String> events, String retryWindow,
                                 boolean active, Instant createdAt, String createdBy, String secret) {
        static RegisteredView of(WebhookEndpoint endpoint, String secret) {
            return new RegisteredView(endpoint.id(), endpoint.partnerId(), endpoint.url(), eventNames(endpoint),
                    endpoint.retryWindow().map(Duration::toString).orElse(null), endpoint.isActive(),
                    endpoint.createdAt(), endpoint.createdBy(), secret);
        }
    }

    public record DeliveryView(long id, long endpointId, String partnerId, String url, String eventId,
                               String eventType, String customerId, String status, int attempts, int replays,
                               Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt,
                               Integer lastResponseStatus, String lastError, Instant deliveredAt, Instant parkedAt) {
        static DeliveryView of(DeliveryLine line) {
            var d = line.delivery();
            return new DeliveryView(d.id(), d.endpointId(), line.endpoint().partnerId(), line.endpoint().url(),
                    d.eventId(), d.eventType(), d.customerId(), d.status().name(), d.attempts(), d.replays(),
                    d.createdAt(), d.status() == DeliveryStatus.PENDING ? d.nextAttemptAt() : null,
                    d.lastAttemptAt(), d.lastResponseStatus(), d.lastError(), d.deliveredAt(), d.parkedAt());
        }
    }

    private static List<String> eventNames(WebhookEndpoint endpoint) {
        return endpoint.events().stream().map(WebhookEventType::wireName).sorted().toList();
    }
}
