package io.jifen.webhooks.application;

import io.jifen.webhooks.WebhookSignature;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Sends one attempt: a POST of the event's body with its id, type, attempt number, timestamp and
 * signature in headers. Short timeouts and no redirects: a slow or odd endpoint costs a worker a
 * few seconds, never a customer's request, which has long committed.
 */
@ApplicationScoped
public class WebhookSender {
    public static final String EVENT_ID = "Jifen-Event-Id";
    public static final String EVENT_TYPE = "Jifen-Event-Type";
    public static final String TIMESTAMP = "Jifen-Timestamp";
    public static final String SIGNATURE = "Jifen-Signature";
    public static final String ATTEMPT = "Jifen-Delivery-Attempt";
    public static final String DELIVERY_ID = "Jifen-Delivery-Id";

    @Inject
    WebhookSettings settings;
    @Inject
    Clock clock;

    private HttpClient http;

    @PostConstruct
    void open() {
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @PreDestroy
    void close() {
        http.shutdownNow();
    }

    public DeliveryOutcome send(DeliveryQueue.Attempt attempt) {
        long timestamp = clock.instant().getEpochSecond();
        try {
            URI target = URI.create(attempt.url());
            var refusal = settings.targets().refusalBeforeDelivery(target);
            if (refusal.isPresent()) {
                return DeliveryOutcome.noAnswer(refusal.get());
            }
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Jifen-Webhooks/1")
                    .header(EVENT_ID, attempt.eventId())
                    .header(EVENT_TYPE, attempt.eventType())
                    .header(DELIVERY_ID, Long.toString(attempt.deliveryId()))
                    .header(ATTEMPT, Integer.toString(attempt.number()))
                    .header(TIMESTAMP, Long.toString(timestamp))
                    .header(SIGNATURE, WebhookSignature.sign(attempt.secret(), timestamp, attempt.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(attempt.body(), StandardCharsets.UTF_8))
                    .build();
            return DeliveryOutcome.answered(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (HttpTimeoutException e) {
            return DeliveryOutcome.noAnswer("no answer within " + settings.timeout().toMillis() + " ms");
        } catch (IOException | IllegalArgumentException e) {
            return DeliveryOutcome.noAnswer(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.noAnswer("interrupted: the server is stopping");
        }
    }
}
