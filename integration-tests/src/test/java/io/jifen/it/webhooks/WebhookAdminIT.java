package io.jifen.it.webhooks;

import static io.jifen.it.support.ProblemAssert.assertProblem;
import static io.jifen.it.webhooks.Webhooks.deactivate;
import static io.jifen.it.webhooks.Webhooks.register;
import static io.jifen.it.webhooks.Webhooks.registered;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The administrators' webhook API: registration, the secret shown once, validation, roles. */
@ExtendWith(RunningServer.class)
class WebhookAdminIT {
    private static final String BASE = "/api/v1/admin/webhooks";

    @Test
    void a_registration_answers_201_with_the_secret_which_is_never_shown_again(Api api) {
        String partner = Webhooks.partner();
        var response = register(api, partner, "https://hooks.partner.example/jifen", 
                "[\"points.changed\", \"order.status-changed\", \"points.expiring\"]", null);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var endpoint = response.json();
        long id = endpoint.getJsonNumber("id").longValue();
        try {
            assertThat(endpoint.getString("secret")).startsWith("whsec_").hasSizeGreaterThan(40);
            assertThat(endpoint.getString("partnerId")).isEqualTo(partner);
            assertThat(endpoint.getBoolean("active")).isTrue();
            assertThat(endpoint.getJsonArray("events").getValuesAs(jakarta.json.JsonString::getString))
                    .containsExactly("order.status-changed", "points.changed", "points.expiring");

            var one = api.get(BASE + "/" + id, api.token("admin"));
            assertThat(one.status()).isEqualTo(200);
            assertThat(one.json().containsKey("secret")).isFalse();
            assertThat(one.body()).doesNotContain(endpoint.getString("secret"));
            var list = api.get(BASE + "?size=200", api.token("admin"));
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body()).doesNotContain(endpoint.getString("secret"));
            assertThat(list.json().getJsonArray("items").getValuesAs(JsonObject.class))
                    .anyMatch(e -> e.getJsonNumber("id").longValue() == id);

            var other = registered(api, partner, "https://hooks.partner.example/jifen", "[\"points.changed\"]", null);
            assertThat(other.getString("secret")).isNotEqualTo(endpoint.getString("secret"));
            deactivate(api, other.getJsonNumber("id").longValue());
        } finally {
            deactivate(api, id);
        }
    }

    @Test
    void bad_registrations_are_refused_field_by_field(Api api) {
        String admin = api.token("admin");
        String partner = Webhooks.partner();
        assertViolation(register(api, partner, "ftp://hooks.example/x", "[\"points.changed\"]", null), "url");
        assertViolation(register(api, partner, "not a url", "[\"points.changed\"]", null), "url");
        assertViolation(register(api, partner, "https://user:pw@hooks.example/", "[\"points.changed\"]", null), "url");
        assertViolation(register(api, partner, "https://hooks.example/x", "[\"points.spent\"]", null), "events");
        assertViolation(register(api, partner, "https://hooks.example/x", "[]", null), "events");
        assertViolation(register(api, "acme store", "https://hooks.example/x", "[\"points.changed\"]", null), "partnerId");
        assertViolation(register(api, partner, "https://hooks.example/x", "[\"points.changed\"]", "PT48H"), "retryWindow");
        assertViolation(register(api, partner, "https://hooks.example/x", "[\"points.changed\"]", "soon"), "retryWindow");
        assertViolation(register(api, partner, "https://hooks.example/" + "x".repeat(600), "[\"points.changed\"]", null), "url");
        assertProblem(api.post(BASE, admin, "{\"url\": \"https://hooks.example/x\", \"events\": [\"points.changed\"]}"),
                400, "VALIDATION_FAILED");
        assertProblem(api.post(BASE, admin, "{\"partnerId\": "), 400, "VALIDATION_FAILED");
        assertProblem(api.post(BASE, admin, "{\"partnerId\": \"p\", \"url\": \"https://h.example/\", \"events\": \"points.changed\"}"),
                400, "VALIDATION_FAILED");
        assertThat(api.get(BASE + "?active=true&size=200", admin).body()).doesNotContain(partner);
    }

    @Test
    void only_administrators_manage_webhooks(Api api) {
        String body = "{\"partnerId\": \"acme\", \"url\": \"https://h.example/\", \"events\": [\"points.changed\"]}";
        assertProblem(api.post(BASE, api.token("partner"), body), 403, "FORBIDDEN");
        assertProblem(api.post(BASE, api.token("service"), body), 403, "FORBIDDEN");
        assertProblem(api.get(BASE, api.token("auditor")), 403, "FORBIDDEN");
        assertProblem(api.get(BASE + "/deliveries", api.token("fulfilment")), 403, "FORBIDDEN");
        assertProblem(api.post(BASE + "/deliveries/1/replay", api.token("partner"), ""), 403, "FORBIDDEN");
        assertProblem(api.post(BASE, null, body), 401, "UNAUTHENTICATED");
    }

    @Test
    void unknown_endpoints_and_deliveries_are_404_and_filters_are_checked(Api api) {
        String admin = api.token("admin");
        assertProblem(api.post(BASE + "/999999999/deactivate", admin, ""), 404, "NOT_FOUND");
        assertProblem(api.get(BASE + "/999999999", admin), 404, "NOT_FOUND");
        assertProblem(api.post(BASE + "/deliveries/999999999/replay", admin, ""), 404, "NOT_FOUND");
        assertProblem(api.get(BASE + "/deliveries?status=LOST", admin), 400, "VALIDATION_FAILED");
        assertProblem(api.get(BASE + "/deliveries?endpointId=abc", admin), 400, "VALIDATION_FAILED");
        assertProblem(api.get(BASE + "/deliveries?size=500", admin), 400, "VALIDATION_FAILED");
        var parked = api.get(BASE + "/deliveries?status=parked&page=0&size=5", admin);
        assertThat(parked.status()).isEqualTo(200);
        assertThat(parked.json().getInt("size")).isEqualTo(5);
        assertThat(parked.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .allMatch(d -> d.getString("status").equals("PARKED"));
    }

    @Test
    void the_points_expiring_run_can_be_started_by_an_administrator(Api api) {
        var run = api.post(BASE + "/expiring-runs", api.token("admin"), "");
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.json().getInt("lotsAnnounced")).isNotNegative();
        assertProblem(api.post(BASE + "/expiring-runs", api.token("service"), ""), 403, "FORBIDDEN");
    }

    private static void assertViolation(Api.Response response, String field) {
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.json().getJsonArray("violations").getValuesAs(JsonObject.class))
                .as(response.toString()).anyMatch(v -> v.getString("field").equals(field));
    }
}
