package io.jifen.it.webhooks;

import io.jifen.it.support.Api;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** The admin API for webhooks, as the tests use it. */
final class Webhooks {
    private Webhooks() {
    }

    static Api.Response register(Api api, String partner, String url, String eventsJson, String retryWindow) {
        String window = retryWindow == null ? "" : ", \"retryWindow\": \"" + retryWindow + "\"";
        return api.post("/api/v1/admin/webhooks", api.token("admin"), """
                {"partnerId": "%s", "url": "%s", "events": %s%s}""".formatted(partner, url, eventsJson, window));
    }

    /** Registers an endpoint and fails unless it is 201; answers the registration with its secret. */
    static JsonObject registered(Api api, String partner, String url, String eventsJson, String retryWindow) {
        api.partner(partner);
        var response = register(api, partner, url, eventsJson, retryWindow);
        if (response.status() != 201) {
            throw new IllegalStateException("could not register a webhook endpoint: " + response);
        }
        return response.json();
    }

    static void deactivate(Api api, long endpointId) {
        api.post("/api/v1/admin/webhooks/endpoints/" + endpointId + "/deactivate", api.token("admin"), "");
    }

    static List<JsonObject> deliveries(Api api, long endpointId, String status) {
        var response = api.get("/api/v1/admin/webhooks/deliveries?size=200&endpointId=" + endpointId
                + (status == null ? "" : "&status=" + status), api.token("admin"));
        if (response.status() != 200) {
            throw new IllegalStateException("could not list deliveries: " + response);
        }
        return response.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** Waits until the endpoint's deliveries in that status include one that matches. */
    static JsonObject awaitDelivery(Api api, long endpointId, String status, Predicate<JsonObject> which,
                                    Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            var found = deliveries(api, endpointId, status).stream().filter(which).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + status + " delivery of endpoint " + endpointId + " within " + timeout + ": "
                + deliveries(api, endpointId, null));
    }

    static String partner() {
        return Api.uniqueId("wh");
    }
}
