package io.jifen.it.points;

import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.Race;
import io.jifen.it.support.RunningServer;
import io.jifen.it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /api/v1/accruals/batch: each item answered exactly as the single call answers it. */
@ExtendWith(RunningServer.class)
class BulkAccrualIT {
    private static final String NOW = Instant.now().minusSeconds(60).toString();

    private static String item(String txn, String customer, String activity, String amount) {
        return """
                {"sourceTxnId": "%s", "customerId": "%s", "activity": "%s", "amount": "%s", "currency": "CNY",
                 "occurredAt": "%s"}""".formatted(txn, customer, activity, amount, NOW);
    }

    private static Api.Response batch(Api api, List<String> items) {
        return api.post("/api/v1/accruals/batch", api.token("core-banking"),
                "{\"accruals\": [" + String.join(",", items) + "]}");
    }

    private static JsonArray results(Api.Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().getJsonArray("results");
    }

    /** The single call's body as a batch result carries it: the same fields, and its status. */
    private static JsonObject withoutStatus(JsonObject result) {
        var copy = Json.createObjectBuilder(result);
        copy.remove("status");
        return copy.build();
    }

    @Test
    void each_item_is_answered_in_order_as_the_single_call_would_answer_it(Api api, TestDatabase database) {
        String customer = api.newCustomer();
        String replayed = Api.uniqueId("T");
        var single = api.accrue(replayed, customer, "DEPOSIT", "500000.00", NOW);
        assertThat(single.status()).isEqualTo(201);
        String fresh = Api.uniqueId("T");
        String twice = Api.uniqueId("T");
        String conflicting = Api.uniqueId("T");
        String tooMany = Api.uniqueId("T");
        var answer = batch(api, List.of(
                item(fresh, customer, "DEPOSIT", "1000.00"),
                item(replayed, customer, "DEPOSIT", "500000.00"),
                item(replayed, customer, "DEPOSIT", "999.00"),
                item(Api.uniqueId("T"), "C-no-such-customer", "DEPOSIT", "1000.00"),
                item(Api.uniqueId("T"), customer, "LOTTERY", "1000.00"),
                item(Api.uniqueId("T"), customer, "DEPOSIT", "-5.00"),
                "{\"sourceTxnId\": \"" + Api.uniqueId("T") + "\", \"extra\": true}",
                item(twice, customer, "CARD_SPEND", "88.00"),
                item(twice, customer, "CARD_SPEND", "88.00"),
                item(conflicting, customer, "CARD_SPEND", "88.00"),
                item(conflicting, customer, "CARD_SPEND", "99.00")));
        var results = results(answer);
        assertThat(results).hasSize(11);
        assertThat(results.stream().map(r -> r.asJsonObject().getInt("status")).toList())
                .containsExactly(201, 200, 422, 404, 400, 400, 400, 201, 200, 201, 422);
        assertThat(results.getJsonObject(0).getString("sourceTxnId")).isEqualTo(fresh);
        assertThat(results.getJsonObject(0).getInt("points")).isEqualTo(20);
        assertThat(withoutStatus(results.getJsonObject(1))).isEqualTo(single.json());
        assertThat(results.getJsonObject(2).getJsonObject("problem").getString("code")).isEqualTo("IDEMPOTENCY_CONFLICT");
        assertThat(results.getJsonObject(3).getJsonObject("problem").getString("code")).isEqualTo("NOT_FOUND");
        assertThat(results.getJsonObject(4).getJsonObject("problem").getJsonArray("violations").getJsonObject(0)
                .getString("field")).isEqualTo("activity");
        assertThat(results.getJsonObject(5).getJsonObject("problem").getJsonArray("violations").getJsonObject(0)
                .getString("field")).isEqualTo("amount");
        assertThat(results.getJsonObject(6).getJsonObject("problem").getString("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(results.getJsonObject(8)).isEqualTo(Json.createObjectBuilder(results.getJsonObject(7))
                .add("status", 200).build());
        // 20 (single) + 20 (fresh) + 5 (twice) + 5 (conflicting, first) — and every balance as the last answer said
        assertThat(api.balance(customer)).isEqualTo(50);
        assertThat(results.getJsonObject(9).getInt("balance")).isEqualTo(50);
        // the batch's answers are the single call's answers afterwards
        var later = api.accrue(fresh, customer, "DEPOSIT", "1000.00", NOW);
        assertThat(later.status()).isEqualTo(200);
        assertThat(later.json()).isEqualTo(withoutStatus(results.getJsonObject(0)));
        assertThat(database.count("select count(*) from accrual where customer_id = ?", customer)).isEqualTo(4);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void an_item_refused_after_it_began_to_write_costs_the_others_nothing(Api api, TestDatabase database) {
        String customer = api.newCustomer();
        String other = api.newCustomer();
        String overLimit = Api.uniqueId("T");
        var results = results(batch(api, List.of(
                item(Api.uniqueId("T"), customer, "DEPOSIT", "1000.00"),
                item(overLimit, customer, "WEALTH_PRODUCT", "9999999999.00"),
                item(Api.uniqueId("T"), other, "CARD_SPEND", "88.00"))));
        assertThat(results.stream().map(r -> r.asJsonObject().getInt("status")).toList()).containsExactly(201, 409, 201);
        assertThat(results.getJsonObject(1).getJsonObject("problem").getString("code")).isEqualTo("ACCRUAL_LIMIT_EXCEEDED");
        assertThat(api.balance(customer)).isEqualTo(20);
        assertThat(api.balance(other)).isEqualTo(5);
        assertThat(database.count("select count(*) from accrual where source_txn_id = ?", overLimit)).isZero();
        assertThat(database.count("select count(*) from audit_event where action = 'ALERT_ACCRUAL_OVER_LIMIT' and subject = ?",
                "customer:" + customer)).isEqualTo(1);
        api.assertLedgerConsistent(customer);
        api.assertLedgerConsistent(other);
    }

    @Test
    void concurrent_batches_over_the_same_customers_in_opposite_orders_neither_deadlock_nor_earn_twice(Api api)
            throws Exception {
        List<String> customers = IntStream.range(0, 12).mapToObj(i -> api.newCustomer()).toList();
        String shared = Api.uniqueId("T");
        List<Callable<Api.Response>> batches = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            List<String> order = new ArrayList<>(customers);
            if (b % 2 == 1) {
                Collections.reverse(order);
            }
            List<String> items = new ArrayList<>();
            items.add(item(shared, customers.get(0), "CARD_SPEND", "88.00"));
            for (String customer : order) {
                items.add(item(Api.uniqueId("T"), customer, "CARD_SPEND", "10.00"));
                items.add(item(Api.uniqueId("T"), customer, "DEPOSIT", "200.00"));
            }
            batches.add(() -> batch(api, items));
        }
        var answers = Race.run(batches);
        List<Integer> sharedStatuses = new ArrayList<>();
        for (var answer : answers) {
            var results = results(answer);
            sharedStatuses.add(results.getJsonObject(0).getInt("status"));
            assertThat(results.stream().skip(1).map(r -> r.asJsonObject().getInt("status")).collect(Collectors.toSet()))
                    .containsExactly(201);
        }
        assertThat(sharedStatuses).containsExactlyInAnyOrder(201, 200, 200, 200);
        assertThat(api.balance(customers.get(0))).isEqualTo(4 * 25 + 5);
        for (String customer : customers) {
            if (!customer.equals(customers.get(0))) {
                assertThat(api.balance(customer)).isEqualTo(4 * 25);
            }
            api.assertLedgerConsistent(customer);
        }
    }

    @Test
    void a_batch_holds_one_to_a_thousand_accruals_and_only_core_banking_sends_it(Api api) {
        String customer = api.newCustomer();
        assertProblem(batch(api, List.of()), 400, "VALIDATION_FAILED");
        List<String> tooMany = IntStream.range(0, 1001)
                .mapToObj(i -> item("TOO-MANY-" + i, customer, "CARD_SPEND", "10.00")).toList();
        assertProblem(batch(api, tooMany), 400, "VALIDATION_FAILED");
        assertProblem(api.post("/api/v1/accruals/batch", api.token("core-banking"), "{\"accruals\": {}}"),
                400, "VALIDATION_FAILED");
        assertProblem(api.post("/api/v1/accruals/batch", api.token("partner"),
                "{\"accruals\": [" + item(Api.uniqueId("T"), customer, "CARD_SPEND", "10.00") + "]}"), 403, "FORBIDDEN");
        assertThat(api.balance(customer)).isZero();
    }

    @Test
    void a_full_batch_of_a_thousand_is_applied_whole(Api api, TestDatabase database) {
        List<String> customers = IntStream.range(0, 50).mapToObj(i -> api.newCustomer()).toList();
        List<String> items = IntStream.range(0, 1000)
                .mapToObj(i -> item(Api.uniqueId("T"), customers.get(i % 50), "CARD_SPEND", "10.00")).toList();
        var results = results(batch(api, items));
        assertThat(results).hasSize(1000);
        assertThat(results.stream().map(r -> r.asJsonObject().getInt("status")).collect(Collectors.toSet())).containsExactly(201);
        for (String customer : customers) {
            assertThat(api.balance(customer)).isEqualTo(20 * 5);
            api.assertLedgerConsistent(customer);
        }
        // each balance change is announced to partners, one event per entry
        assertThat(database.count("""
                select count(*) from outbox_event o where o.event_type = 'points.changed' and o.customer_id = ?""",
                customers.get(0))).isEqualTo(20);
    }
}
