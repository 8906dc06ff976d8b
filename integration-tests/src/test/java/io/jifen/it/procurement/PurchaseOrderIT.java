package io.jifen.it.procurement;

import static io.jifen.it.procurement.Procurement.*;
import static io.jifen.it.support.GiftMall.stockAt;
import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import io.jifen.it.support.Race;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Purchase orders through the real server: approval, receiving with quality check, the budget. */
@ExtendWith(RunningServer.class)
class PurchaseOrderIT {

    private static void assertBudget(Api api, String period, String committed, String spent, String available) {
        JsonObject budget = budgetOf(api, period);
        assertThat(budget.getString("committed")).as("committed").isEqualTo(committed);
        assertThat(budget.getString("spent")).as("spent").isEqualTo(spent);
        assertThat(budget.getString("available")).as("available").isEqualTo(available);
    }

    @Test
    void an_order_approved_and_received_in_two_parts_puts_accepted_units_in_stock_and_moves_the_budget(Api api) {
        String period = budget(api, "100000.00");   // reserve 15 % = 15000.00, spendable 85000.00
        String gift = gift(api);
        String supplier = supplier(api, "深圳优品礼业");
        quote(api, supplier, gift, 1, "120.00");
        quote(api, supplier, gift, 50, "100.00");   // bulk tier

        var drafted = draft(api, buyer1(api), supplier, period,
                "[" + line(gift, 100, "CENTRAL") + ", " + line(gift, 10, "BJ-CHAOYANG") + "]");
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        JsonObject order = drafted.json();
        String id = order.getString("id");
        assertThat(order.getString("status")).isEqualTo("DRAFT");
        assertThat(order.getJsonArray("lines").getJsonObject(0).getString("unitPrice")).isEqualTo("100.00");
        assertThat(order.getJsonArray("lines").getJsonObject(1).getString("unitPrice")).isEqualTo("120.00");
        assertThat(order.getString("total")).isEqualTo("11200.00");
        assertThat(order.getString("currency")).isEqualTo("CNY");

        assertThat(api.post(ORDERS + "/" + id + "/submit", buyer1(api), "{}").json().getString("status"))
                .isEqualTo("SUBMITTED");
        var approved = approve(api, buyer2(api), id, null);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
        assertThat(approved.json().getString("approvedBy")).isEqualTo("buyer-2");
        assertBudget(api, period, "11200.00", "0.00", "73800.00");
        assertThat(stockAt(api, gift, "CENTRAL")).isZero();

        var first = receive(api, id, "[" + receipt(1, 60, 55, "外包装破损") + "]");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().getString("status")).isEqualTo("PARTIALLY_RECEIVED");
        JsonObject line1 = first.json().getJsonArray("lines").getJsonObject(0);
        assertThat(line1.getInt("received")).isEqualTo(60);
        assertThat(line1.getInt("accepted")).isEqualTo(55);
        assertThat(line1.getInt("rejected")).isEqualTo(5);
        assertThat(line1.getInt("outstanding")).isEqualTo(40);
        assertThat(first.json().getJsonArray("receipts").getJsonObject(0).getString("rejectReason")).isEqualTo("外包装破损");
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(55);
        assertThat(stockAt(api, gift, "BJ-CHAOYANG")).isZero();
        // 6000.00 left the commitment; the 55 accepted units (5500.00) are spent, the 5 rejected are not
        assertBudget(api, period, "5200.00", "5500.00", "74300.00");

        var second = receive(api, id, "[" + receipt(1, 40, 40, null) + ", " + receipt(2, 10, 8, "划痕") + "]");
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().getString("status")).isEqualTo("RECEIVED");
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(95);
        assertThat(stockAt(api, gift, "BJ-CHAOYANG")).isEqualTo(8);
        assertBudget(api, period, "0.00", "10460.00", "74540.00");

        assertProblem(receive(api, id, "[" + receipt(1, 1, 1, null) + "]"), 409, "INVALID_STATE");
        var closed = api.post(ORDERS + "/" + id + "/close", buyer1(api), "{}");
        assertThat(closed.json().getString("status")).as(closed.toString()).isEqualTo("CLOSED");
        assertBudget(api, period, "0.00", "10460.00", "74540.00");

        JsonObject graded = api.get(SUPPLIERS + "/" + supplier, buyer1(api)).json();
        assertThat(graded.getJsonObject("grade").getJsonArray("why").getString(0))
                .isEqualTo("quality: 103 of 110 units passed QC (93.6%)");
        assertThat(graded.getJsonObject("grade").getString("grade")).isIn("A", "B", "C");
    }

    @Test
    void over_receiving_is_refused_and_changes_neither_stock_nor_budget(Api api) {
        String period = budget(api, "10000.00");
        String[] sg = supplierAndGift(api, "10.00");
        String id = submitted(api, sg[0], period, sg[1], 5);
        assertThat(approve(api, buyer2(api), id, null).status()).isEqualTo(200);

        var refused = receive(api, id, "[" + receipt(1, 6, 6, null) + "]");

        assertProblem(refused, 409, "INVALID_STATE");
        assertThat(refused.json().getJsonArray("reasons").getJsonObject(0).getString("code")).isEqualTo("OVER_RECEIVING");
        assertThat(stockAt(api, sg[1], "CENTRAL")).isZero();
        assertBudget(api, period, "50.00", "0.00", "8450.00");
    }

    @Test
    void rejected_units_need_a_reason(Api api) {
        String period = budget(api, "10000.00");
        String[] sg = supplierAndGift(api, "10.00");
        String id = submitted(api, sg[0], period, sg[1], 5);
        approve(api, buyer2(api), id, null);

        var refused = receive(api, id, "[" + receipt(1, 5, 3, null) + "]");

        assertProblem(refused, 400, "VALIDATION_FAILED");
        assertThat(stockAt(api, sg[1], "CENTRAL")).isZero();
    }

    @Test
    void an_order_over_budget_is_refused_then_approved_on_the_reserve_by_an_admin_with_a_reason(Api api) {
        String period = budget(api, "10000.00");   // spendable 8500.00, reserve 1500.00
        String[] sg = supplierAndGift(api, "90.00");
        String id = submitted(api, sg[0], period, sg[1], 100);   // 9000.00

        var refused = approve(api, buyer2(api), id, null);
        assertProblem(refused, 409, "INVALID_STATE");
        assertThat(refused.json().getJsonArray("reasons").getJsonObject(0).getString("code"))
                .isEqualTo("BUDGET_EXCEEDED_RESERVE_AVAILABLE");
        assertProblem(approve(api, buyer2(api), id, "促销季备货"), 403, "FORBIDDEN");
        assertProblem(approve(api, admin(api), id, null), 409, "INVALID_STATE");
        assertBudget(api, period, "0.00", "0.00", "8500.00");
        assertThat(budgetOf(api, period).getJsonArray("alerts")).isEmpty();

        var approved = approve(api, admin(api), id, "促销季备货");

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
        assertThat(approved.json().getString("reserveReason")).isEqualTo("促销季备货");
        JsonObject budget = budgetOf(api, period);
        assertThat(budget.getString("committed")).isEqualTo("9000.00");
        assertThat(budget.getString("available")).isEqualTo("-500.00");
        assertThat(budget.getString("reserve")).isEqualTo("1500.00");
        assertThat(budget.getString("reserveLeft")).isEqualTo("1000.00");
        assertThat(budget.getJsonArray("alerts").getValuesAs(JsonObject.class))
                .extracting(a -> a.getInt("thresholdPercent")).containsExactly(80, 100);
    }

    @Test
    void not_even_an_admin_approves_beyond_the_allocation(Api api) {
        String period = budget(api, "1000.00");
        String[] sg = supplierAndGift(api, "1000.01");
        String id = submitted(api, sg[0], period, sg[1], 1);

        var refused = approve(api, admin(api), id, "急需");

        assertProblem(refused, 409, "INVALID_STATE");
        assertThat(refused.json().getJsonArray("reasons").getJsonObject(0).getString("code")).isEqualTo("BUDGET_EXCEEDED");
    }

    @Test
    void orders_above_the_configured_amount_need_an_admin(Api api) {
        String period = budget(api, "100000.00");
        String[] sg = supplierAndGift(api, "600.00");
        String id = submitted(api, sg[0], period, sg[1], 100);   // 60000.00 > 50000.00

        assertProblem(approve(api, buyer2(api), id, null), 403, "FORBIDDEN");
        var approved = approve(api, admin(api), id, null);

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertBudget(api, period, "60000.00", "0.00", "25000.00");
    }

    @Test
    void the_submitter_cannot_approve_their_own_order(Api api) {
        String period = budget(api, "10000.00");
        String[] sg = supplierAndGift(api, "10.00");
        String id = submitted(api, sg[0], period, sg[1], 10);

        var refused = approve(api, buyer1(api), id, null);

        assertProblem(refused, 409, "INVALID_STATE");
        assertThat(refused.json().getJsonArray("reasons").getJsonObject(0).getString("code")).isEqualTo("FOUR_EYES");
        assertBudget(api, period, "0.00", "0.00", "8500.00");
        assertThat(approve(api, buyer2(api), id, null).status()).isEqualTo(200);
    }

    @Test
    void two_approvals_racing_for_the_last_of_the_budget_only_one_passes(Api api) throws Exception {
        String period = budget(api, "10000.00");   // spendable 8500.00
        String[] sg = supplierAndGift(api, "50.00");
        String first = submitted(api, sg[0], period, sg[1], 100);    // 5000.00 each
        String second = submitted(api, sg[0], period, sg[1], 100);
        String approver = buyer2(api);

        List<Callable<Api.Response>> calls = List.of(() -> approve(api, approver, first, null),
                () -> approve(api, approver, second, null));
        List<Api.Response> answers = Race.run(calls);

        assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(200, 409);
        answers.stream().filter(a -> a.status() == 409).forEach(a -> assertProblem(a, 409, "INVALID_STATE"));
        assertBudget(api, period, "5000.00", "0.00", "3500.00");
    }

    @Test
    void illegal_steps_are_refused_with_invalid_state(Api api) {
        String period = budget(api, "10000.00");
        String[] sg = supplierAndGift(api, "10.00");
        var drafted = draft(api, buyer1(api), sg[0], period, "[" + line(sg[1], 3, "CENTRAL") + "]");
        String id = drafted.json().getString("id");

        assertProblem(approve(api, buyer2(api), id, null), 409, "INVALID_STATE");
        assertProblem(receive(api, id, "[" + receipt(1, 1, 1, null) + "]"), 409, "INVALID_STATE");
        assertProblem(api.post(ORDERS + "/" + id + "/close", buyer1(api), "{}"), 409, "INVALID_STATE");
        var cancelled = api.post(ORDERS + "/" + id + "/cancel", buyer1(api), "{\"reason\": \"重复下单\"}");
        assertThat(cancelled.json().getString("status")).as(cancelled.toString()).isEqualTo("CANCELLED");
        assertProblem(api.post(ORDERS + "/" + id + "/submit", buyer1(api), "{}"), 409, "INVALID_STATE");
        assertProblem(api.post(ORDERS + "/" + id + "/cancel", buyer1(api), "{\"reason\": \"x\"}"), 409, "INVALID_STATE");
    }

    @Test
    void cancelling_an_approved_order_releases_its_commitment(Api api) {
        String period = budget(api, "10000.00");
        String[] sg = supplierAndGift(api, "10.00");
        String id = submitted(api, sg[0], period, sg[1], 10);
        approve(api, buyer2(api), id, null);
        assertBudget(api, period, "100.00", "0.00", "8400.00");

        api.post(ORDERS + "/" + id + "/cancel", buyer1(api), "{\"reason\": \"供应商停产\"}");

        assertBudget(api, period, "0.00", "0.00", "8500.00");
    }

    @Test
    void bad_requests_are_problems(Api api) {
        String[] sg = supplierAndGift(api, "10.00");
        assertProblem(draft(api, buyer1(api), sg[0], "2026-13", "[" + line(sg[1], 1, "CENTRAL") + "]"), 400,
                "VALIDATION_FAILED");
        assertProblem(draft(api, buyer1(api), sg[0], "2026-11", "[]"), 400, "VALIDATION_FAILED");
        assertProblem(draft(api, buyer1(api), sg[0], "2026-11", "[" + line(sg[1], -1, "CENTRAL") + "]"), 400,
                "VALIDATION_FAILED");
        assertProblem(draft(api, buyer1(api), sg[0], "2026-11", "[" + line(sg[1], 1, "NOWHERE") + "]"), 400,
                "VALIDATION_FAILED");
        assertProblem(api.get(ORDERS + "/PO-nope", buyer1(api)), 404, "NOT_FOUND");
        assertProblem(api.get(ORDERS, api.token("partner")), 403, "FORBIDDEN");
        assertProblem(api.put(BUDGETS + "/2026-11", buyer1(api), "{\"allocated\": \"1.00\"}"), 403, "FORBIDDEN");
        assertProblem(api.put(BUDGETS + "/2026-11", admin(api), "{\"allocated\": \"1.00\", \"reservePercent\": 25}"),
                400, "VALIDATION_FAILED");
        assertProblem(api.get(ORDERS + "?status=LOST", buyer1(api)), 400, "VALIDATION_FAILED");
    }
}
