package io.jifen.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.Race;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real threads against the real server: whatever the interleaving, points are never overspent,
 * the last unit goes to one customer only, and a retried key makes one order.
 */
@ExtendWith(RunningServer.class)
class RedemptionRaceIT {
    private static final long PRICE = 1_000;

    @Test
    void twenty_concurrent_orders_against_five_orders_worth_of_points_make_exactly_five(Api api) throws Exception {
        String gift = newVoucherGift(api, 100);
        String customer = customerWithPoints(api, 5 * PRICE);

        List<Callable<Api.Response>> orders = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            orders.add(() -> order(api, Api.uniqueId("K"), customer, gift));
        }
        List<Api.Response> answers = Race.run(orders);

        assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(5);
        assertThat(answers).filteredOn(r -> r.status() != 201)
                .allSatisfy(r -> assertThat(r.isProblem(409, "INSUFFICIENT_POINTS")).as(r.toString()).isTrue());
        assertThat(api.balance(customer)).isZero();
        assertThat(totalStock(api, gift)).isEqualTo(95);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void twelve_customers_racing_for_three_units_three_get_one_and_the_rest_pay_nothing(Api api) throws Exception {
        String gift = newVoucherGift(api, 3);
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            customers.add(customerWithPoints(api, 2 * PRICE));
        }
        List<Callable<Api.Response>> orders = new ArrayList<>();
        for (String customer : customers) {
            orders.add(() -> order(api, Api.uniqueId("K"), customer, gift));
        }
        List<Api.Response> answers = Race.run(orders);

        assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(3);
        assertThat(answers).filteredOn(r -> r.status() != 201)
                .allSatisfy(r -> assertThat(r.isProblem(409, "OUT_OF_STOCK")).as(r.toString()).isTrue());
        for (int i = 0; i < customers.size(); i++) {
            long expected = answers.get(i).status() == 201 ? PRICE : 2 * PRICE;
            assertThat(api.balance(customers.get(i))).isEqualTo(expected);
            api.assertLedgerConsistent(customers.get(i));
        }
        assertThat(totalStock(api, gift)).isZero();
        assertThat(stockByLocation(api, gift)).allSatisfy(units -> assertThat(units).isNotNegative());
    }

    @Test
    void the_same_idempotency_key_sent_ten_times_at_once_makes_one_order(Api api) throws Exception {
        String gift = newVoucherGift(api, 50);
        String customer = customerWithPoints(api, 10 * PRICE);
        String key = Api.uniqueId("K");
        List<Callable<Api.Response>> orders = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            orders.add(() -> order(api, key, customer, gift));
        }
        List<Api.Response> answers = Race.run(orders);

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 201));
        assertThat(answers).extracting(r -> r.json().getString("id")).containsOnly(answers.getFirst().json().getString("id"));
        assertThat(api.balance(customer)).isEqualTo(9 * PRICE);
        assertThat(totalStock(api, gift)).isEqualTo(49);
        api.assertLedgerConsistent(customer);
    }

    private static Api.Response order(Api api, String key, String customer, String gift) {
        return api.send(api.request("/api/v1/orders", api.token("partner"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"customerId": "%s", "giftId": "%s", "quantity": 1, "fulfilment": {"channel": "E_VOUCHER"}}"""
                        .formatted(customer, gift))));
    }

    private static String newVoucherGift(Api api, long units) {
        var created = api.post("/api/v1/admin/gifts", api.token("procurement"), """
                {"sku": "%s", "name": "竞速测试券", "nameEn": "Race voucher", "category": "SHOPPING_VOUCHER",
                 "type": "E_VOUCHER", "pointsPrice": %d, "channels": ["E_VOUCHER"], "unitCost": "10.00",
                 "lowStockThreshold": 0}""".formatted(Api.uniqueId("RACE"), PRICE));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        var stocked = api.post("/api/v1/admin/gifts/" + id + "/stock-adjustments", api.token("procurement"),
                "{\"location\": \"CENTRAL\", \"quantity\": %d, \"reason\": \"race test stock\"}".formatted(units));
        assertThat(stocked.status()).as(stocked.toString()).isEqualTo(201);
        return id;
    }

    private static String customerWithPoints(Api api, long points) {
        String customer = api.newCustomer();
        api.credit(customer, points);
        return customer;
    }

    private static long totalStock(Api api, String gift) {
        return api.get("/api/v1/admin/gifts/" + gift, api.token("procurement")).json().getJsonNumber("totalStock")
                .longValue();
    }

    private static List<Long> stockByLocation(Api api, String gift) {
        JsonObject byLocation = api.get("/api/v1/admin/gifts/" + gift, api.token("procurement")).json()
                .getJsonObject("stockByLocation");
        return byLocation.keySet().stream().map(k -> byLocation.getJsonNumber(k).longValue()).toList();
    }
}
