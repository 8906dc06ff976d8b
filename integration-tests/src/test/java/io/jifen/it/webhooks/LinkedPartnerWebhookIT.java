package io.jifen.it.webhooks;

import static io.jifen.it.webhooks.Webhooks.deactivate;
import static io.jifen.it.webhooks.Webhooks.registered;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 12, finding 6: webhook events reach only partners that may see the customer. */
@ExtendWith(RunningServer.class)
class LinkedPartnerWebhookIT {
    private static final String NOW = Instant.now().minusSeconds(60).toString();

    @Test
    void a_linked_partner_hears_only_of_the_customers_linked_to_it_and_a_suspended_one_of_none(Api api)
            throws Exception {
        try (var receiver = WebhookReceiver.start(); var suspendedReceiver = WebhookReceiver.start()) {
            String mall = Webhooks.partner();
            api.registerPartner(mall, "ACTIVE", "LINKED");
            var mallEndpoint = registered(api, mall, receiver.url(), "[\"points.changed\"]", null);
            String suspended = Webhooks.partner();
            api.registerPartner(suspended, "SUSPENDED", "ALL_CUSTOMERS");
            var suspendedEndpoint = registered(api, suspended, suspendedReceiver.url(), "[\"points.changed\"]", null);
            try {
                String linked = api.newCustomer();
                String unlinked = api.newCustomer();
                assertThat(api.put("/api/v1/customers/" + linked + "/partners/" + mall, api.token("core-banking"),
                        "{\"consentedAt\": \"" + NOW + "\"}").status()).isEqualTo(201);

                assertThat(api.accrue(Api.uniqueId("T"), unlinked, "DEPOSIT", "500.00", NOW).status()).isEqualTo(201);
                assertThat(api.accrue(Api.uniqueId("T"), linked, "DEPOSIT", "500.00", NOW).status()).isEqualTo(201);

                receiver.await(a -> linked.equals(a.customerId()), 1, Duration.ofSeconds(30));
                // the unlinked customer's event was written first, so the fan-out that made the linked
                // customer's delivery had already passed it: had it been for this partner, its delivery would exist
                assertThat(Webhooks.deliveries(api, mallEndpoint.getJsonNumber("id").longValue(), null))
                        .noneMatch(d -> unlinked.equals(d.getString("customerId", null)));
                assertThat(Webhooks.deliveries(api, suspendedEndpoint.getJsonNumber("id").longValue(), null)).isEmpty();
                assertThat(receiver.arrivals(a -> unlinked.equals(a.customerId()))).isEmpty();
                assertThat(suspendedReceiver.arrivals()).isEmpty();
            } finally {
                deactivate(api, mallEndpoint.getJsonNumber("id").longValue());
                deactivate(api, suspendedEndpoint.getJsonNumber("id").longValue());
            }
        }
    }
}
