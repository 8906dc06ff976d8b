package io.jifen.it.fulfilment;

import static io.jifen.it.support.GiftMall.addStock;
import static io.jifen.it.support.GiftMall.address;
import static io.jifen.it.support.GiftMall.courierTo;
import static io.jifen.it.support.GiftMall.customerWithPoints;
import static io.jifen.it.support.GiftMall.newPhysicalGift;
import static io.jifen.it.support.GiftMall.order;
import static io.jifen.it.support.GiftMall.pickupAt;
import static io.jifen.it.support.GiftMall.stockAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.Race;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fulfilment steps racing each other on real threads: whatever the interleaving, points are
 * refunded once, stock returns once, a carrier's event applies once and every wrong pickup code
 * is counted. Only the database's locks and keys stand between them.
 */
@ExtendWith(RunningServer.class)
class FulfilmentRaceIT {
    private static final String ADMIN = "/api/v1/admin/orders/";
    private static final String BRANCH = "SZ-FUTIAN";
    private static final int RACERS = 8;

    @Test
    void a_carrier_sending_the_same_failure_eight_times_at_once_refunds_once(Api api) throws Exception {
        String customer = customerWithPoints(api, 2_000);
        String gift = newPhysicalGift(api, 650);
        addStock(api, gift, "CENTRAL", 1);
        String id = order(api, customer, gift, 1, courierTo(address())).getString("id");
        String tracking = Api.uniqueId("YT").toUpperCase();
        ok(api.post(ADMIN + id + "/allocate", api.token("fulfilment"), "{\"location\": \"CENTRAL\"}"));
        ok(api.post(ADMIN + id + "/ship", api.token("fulfilment"),
                "{\"carrier\": \"" + api.carrier("it-carrier") + "\", \"trackingNumber\": \"" + tracking + "\"}"));
        String body = "{\"eventId\": \"%s\", \"status\": \"FAILED\", \"at\": \"%s\", \"note\": \"address not found\"}"
                .formatted(Api.uniqueId("EV"), Instant.now().minusSeconds(5));
        String token = api.token("carrier");

        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            calls.add(() -> api.post("/api/v1/carrier/shipments/" + tracking + "/events", token, body).status());
        }
        var statuses = Race.run(calls);

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(RACERS - 1);
        assertThat(api.balance(customer)).isEqualTo(2_000);
        assertThat(refunds(api, customer)).isEqualTo(1);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(1);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void wrong_codes_entered_at_once_at_several_counters_are_all_counted(Api api) throws Exception {
        String customer = customerWithPoints(api, 2_000);
        String gift = newPhysicalGift(api, 100);
        addStock(api, gift, BRANCH, 1);
        var placed = order(api, customer, gift, 1, pickupAt(BRANCH));
        String id = placed.getString("id");
        String wrong = placed.getString("pickupCode").equals("00000000") ? "11111111" : "00000000";
        ok(api.post(ADMIN + id + "/allocate", api.token("fulfilment"), "{\"location\": \"" + BRANCH + "\"}"));
        ok(api.post(ADMIN + id + "/ready-for-pickup", api.token("fulfilment"), ""));
        String token = api.token("fulfilment");

        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            calls.add(() -> api.post(ADMIN + id + "/hand-over", token, "{\"pickupCode\": \"" + wrong + "\"}").status());
        }
        var statuses = Race.run(calls);

        assertThat(statuses).filteredOn(s -> s == 400).hasSize(5);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(RACERS - 5);
        var order = api.get(ADMIN + id, token).json();
        assertThat(order.getInt("pickupCodeFailures")).isEqualTo(5);
        assertThat(order.getBoolean("pickupCodeLocked")).isTrue();
    }

    @Test
    void staff_failing_and_the_customer_cancelling_at_once_refund_once(Api api) throws Exception {
        String customer = customerWithPoints(api, 2_000);
        String gift = newPhysicalGift(api, 400);
        addStock(api, gift, "CENTRAL", 1);
        String id = order(api, customer, gift, 1, courierTo(address())).getString("id");
        String staff = api.token("fulfilment");
        String partner = api.token("partner");

        var statuses = Race.run(List.<Callable<Integer>>of(
                () -> api.post(ADMIN + id + "/fail", staff, "{\"reason\": \"supplier recall\"}").status(),
                () -> api.post("/api/v1/orders/" + id + "/cancel", partner, "").status()));

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(api.balance(customer)).isEqualTo(2_000);
        assertThat(refunds(api, customer)).isEqualTo(1);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(1);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void pickup_expiry_runs_racing_each_other_and_a_hand_over_refund_at_most_once(Api api) throws Exception {
        String customer = customerWithPoints(api, 2_000);
        String gift = newPhysicalGift(api, 900);
        addStock(api, gift, BRANCH, 1);
        var placed = order(api, customer, gift, 1, pickupAt(BRANCH));
        String id = placed.getString("id");
        String code = placed.getString("pickupCode");
        String staff = api.token("fulfilment");
        ok(api.post(ADMIN + id + "/allocate", staff, "{\"location\": \"" + BRANCH + "\"}"));
        ok(api.post(ADMIN + id + "/ready-for-pickup", staff, ""));
        io.jifen.it.support.GiftMall.awaitOverdue(api, customer, id);

        var statuses = Race.run(List.<Callable<Integer>>of(
                () -> api.post(ADMIN + "pickup-expiry-runs", staff, "").status(),
                () -> api.post(ADMIN + "pickup-expiry-runs", api.token("admin"), "").status(),
                () -> api.post(ADMIN + id + "/hand-over", staff, "{\"pickupCode\": \"" + code + "\"}").status()));

        assertThat(statuses.subList(0, 2)).containsOnly(200);
        String status = api.get(ADMIN + id, staff).json().getString("status");
        assertThat(status).isIn("CANCELLED", "COLLECTED");
        assertThat(statuses.get(2)).isEqualTo(status.equals("COLLECTED") ? 200 : 409);
        assertThat(refunds(api, customer)).isEqualTo(status.equals("CANCELLED") ? 1 : 0);
        assertThat(api.balance(customer)).isEqualTo(status.equals("CANCELLED") ? 2_000 : 1_100);
        assertThat(stockAt(api, gift, BRANCH)).isEqualTo(status.equals("CANCELLED") ? 1 : 0);
        api.assertLedgerConsistent(customer);
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static long refunds(Api api, String customerId) {
        var response = api.get("/api/v1/customers/" + customerId + "/points/entries?size=200", api.token("service"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("type").equals("REFUND")).count();
    }
}
