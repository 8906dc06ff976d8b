package io.jifen.it.webhooks;

import static io.jifen.it.webhooks.Webhooks.deactivate;
import static io.jifen.it.webhooks.Webhooks.registered;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.imports.ImportIT;
import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import io.jifen.it.webhooks.WebhookReceiver.Arrival;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A nightly file's balance changes reach partners once per customer, not once per row. */
@ExtendWith(RunningServer.class)
class FileWebhookIT {
    private static final String WHEN = Instant.now().minusSeconds(3600).toString();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void partners_hear_once_per_customer_of_the_balance_a_file_left(Api api) throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            var endpoint = registered(api, Webhooks.partner(), receiver.url(), "[\"points.changed\"]", null);
            try {
                String alice = api.newCustomer();
                String bob = api.newCustomer();
                StringBuilder body = new StringBuilder("type,sourceTxnId,customerId,activity,productCode,amount,currency,occurredAt\n");
                for (int i = 0; i < 3; i++) {
                    body.append(row(alice));
                }
                body.append(row(bob)).append(row(bob));
                var uploaded = api.send(api.request("/api/v1/admin/batch/files?kind=TRANSACTIONS&name=webhooks.csv",
                                api.token("core-banking")).header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(ImportIT.withTrailer(body.toString(), 5, ','),
                                StandardCharsets.UTF_8)));
                assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(202);
                String fileId = uploaded.json().getString("id");
                assertThat(ImportIT.awaitEnd(api, fileId).getString("status")).isEqualTo("COMPLETED");

                Arrival forAlice = receiver.await(a -> alice.equals(a.customerId()), 1, WAIT).getFirst();
                Arrival forBob = receiver.await(a -> bob.equals(a.customerId()), 1, WAIT).getFirst();
                assertThat(forAlice.data().getString("entryType")).isEqualTo("FILE");
                assertThat(forAlice.data().getString("reference")).isEqualTo(fileId);
                assertThat(forAlice.data().getJsonNumber("balanceAfter").longValue()).isEqualTo(api.balance(alice));
                assertThat(forBob.data().getJsonNumber("balanceAfter").longValue()).isEqualTo(api.balance(bob));
                // a later change of the same customer arrives after the file's: once it is there, nothing more of the file can be
                assertThat(api.accrue(Api.uniqueId("T"), alice, "DEPOSIT", "1000.00", WHEN).status()).isEqualTo(201);
                receiver.await(a -> alice.equals(a.customerId()) && "ACCRUAL".equals(a.data().getString("entryType")), 1, WAIT);
                assertThat(receiver.arrivals(a -> alice.equals(a.customerId()))).hasSize(2);
                assertThat(receiver.arrivals(a -> bob.equals(a.customerId()))).hasSize(1);
            } finally {
                deactivate(api, endpoint.getJsonNumber("id").longValue());
            }
        }
    }

    private static String row(String customer) {
        return "ACCRUAL," + Api.uniqueId("T") + "," + customer + ",DEPOSIT,,1000.00,CNY," + WHEN + "\n";
    }
}
