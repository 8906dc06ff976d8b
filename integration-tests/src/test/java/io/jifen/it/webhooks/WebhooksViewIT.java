package io.jifen.it.webhooks;

import static io.jifen.it.webhooks.Webhooks.awaitDelivery;
import static io.jifen.it.webhooks.Webhooks.deactivate;
import static io.jifen.it.webhooks.Webhooks.registered;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import io.jifen.it.ui.Browser;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.junit.jupiter.api.extension.RegisterExtension;


/** An administrator registers an endpoint and replays a parked delivery in the admin UI. */
@ExtendWith(RunningServer.class)
class WebhooksViewIT {
    private static final String PASSWORD = "browser-test-password-1";
    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @Test
    void an_administrator_registers_an_endpoint_sees_its_secret_once_and_replays_a_parked_delivery(Api api)
            throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            browser.signIn(admin(api), PASSWORD);
            browser.open("/webhooks");
            String partner = api.partner(Webhooks.partner());
            browser.typeInto("webhook-partner", partner);
            browser.typeInto("webhook-url", receiver.url());
            browser.tick("webhook-events", 0);
            browser.click("webhook-register");
            String secret = browser.await(d -> {
                String value = browser.byId("webhook-secret").getDomProperty("value");
                return value != null && value.startsWith("whsec_") ? value : null;
            });
            browser.await(d -> browser.gridCells().contains(receiver.url()));
            browser.screenshot("webhooks");
            JsonObject registeredInUi = api.get("/api/v1/admin/webhooks?active=true&size=200", api.token("admin")).json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("partnerId").equals(partner)).findFirst().orElseThrow();
            assertThat(registeredInUi.getString("url")).isEqualTo(receiver.url());

            // the secret the page showed is the one deliveries are signed with
            String customer = api.newCustomer();
            api.accrue(Api.uniqueId("T"), customer, "DEPOSIT", "500.00", Instant.now().minusSeconds(60).toString());
            var arrival = receiver.await(a -> customer.equals(a.customerId()), 1, Duration.ofSeconds(30)).getFirst();
            assertThat(arrival.signedWith(secret)).isTrue();
            deactivate(api, registeredInUi.getJsonNumber("id").longValue());

            receiver.answer(a -> 500);
            var failing = registered(api, Webhooks.partner(), receiver.url(), "[\"points.changed\"]", "PT1S");
            long failingId = failing.getJsonNumber("id").longValue();
            try {
                String other = api.newCustomer();
                api.accrue(Api.uniqueId("T"), other, "DEPOSIT", "500.00", Instant.now().minusSeconds(60).toString());
                var parked = awaitDelivery(api, failingId, "PARKED", d -> other.equals(d.getString("customerId")),
                        Duration.ofSeconds(30));
                receiver.answer(a -> 200);
                browser.open("/webhooks");
                browser.await(d -> browser.gridCells().contains(other));
                browser.screenshot("webhook-deliveries");
                browser.click("delivery-replay");
                var delivered = awaitDelivery(api, failingId, "DELIVERED",
                        d -> d.getJsonNumber("id").longValue() == parked.getJsonNumber("id").longValue(),
                        Duration.ofSeconds(30));
                assertThat(delivered.getInt("replays")).isEqualTo(1);
            } finally {
                deactivate(api, failingId);
            }
            browser.click("sign-out");
        }
    }

    private static String admin(Api api) {
        String username = "admin-" + Api.uniqueId("u").substring(2, 10).toLowerCase();
        var created = api.post("/api/v1/admin/staff-users", api.token("admin"), """
                {"username": "%s", "displayName": "测试 admin", "password": "%s", "roles": ["ADMIN"]}"""
                .formatted(username, PASSWORD));
        if (created.status() != 201) {
            throw new IllegalStateException("could not create staff user: " + created);
        }
        return username;
    }
}
