package io.jifen.it.orders;

import static io.jifen.it.support.GiftMall.addStock;
import static io.jifen.it.support.GiftMall.customerWithPoints;
import static io.jifen.it.support.GiftMall.eVoucher;
import static io.jifen.it.support.GiftMall.newPhysicalGift;
import static io.jifen.it.support.GiftMall.newVoucherGift;
import static io.jifen.it.support.GiftMall.order;
import static io.jifen.it.support.GiftMall.orderJson;
import static io.jifen.it.support.GiftMall.pickupAt;
import static io.jifen.it.support.GiftMall.placeOrder;
import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import io.jifen.it.support.TestDatabase;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer's secrets (issue 12, finding 4): voucher and pickup codes reach the ordering partner
 * only, a pickup code only in the answer that issues it and only while the pickup waits; staff,
 * administrators included, never read either; the database keeps a pickup code only as a hash.
 */
@ExtendWith(RunningServer.class)
class CustomerSecretsIT {
    private static final String BRANCH = "BJ-CHAOYANG";
    private static final String ADMIN = "/api/v1/admin/orders/";
    private static final List<String> ORDER_READERS = List.of("fulfilment", "service", "admin", "auditor");
    private static final List<String> BOARD_READERS = List.of("fulfilment", "service", "admin");

    @Test
    void no_staff_role_reads_a_pickup_code_or_its_qr_image_in_an_order_a_list_or_the_board(Api api) {
        String customer = customerWithPoints(api, 5_000);
        var placed = pickup(api, customer);
        String id = placed.getString("id");
        String code = placed.getString("pickupCode");

        for (String role : ORDER_READERS) {
            String token = api.token(role);
            var one = api.get("/api/v1/orders/" + id, token);
            assertThat(one.status()).as(role).isEqualTo(200);
            assertNoPickupCode(one.json(), role);
            assertThat(one.toString()).as(role + " GET order").doesNotContain(code);
            var list = api.get("/api/v1/orders?customerId=" + customer, token);
            assertThat(list.status()).as(role).isEqualTo(200);
            assertThat(list.toString()).as(role + " order list").doesNotContain(code).doesNotContain("pickupQrImage");
        }
        for (String role : BOARD_READERS) {
            String token = api.token(role);
            var staffView = api.get(ADMIN + id, token);
            assertThat(staffView.status()).as(role).isEqualTo(200);
            assertThat(staffView.json().getBoolean("pickupCodeIssued")).isTrue();
            assertThat(staffView.toString()).as(role + " staff order view").doesNotContain(code)
                    .doesNotContain("pickupQrImage");
            var board = api.get(ADMIN + "board?customerId=" + customer, token);
            assertThat(board.status()).as(role).isEqualTo(200);
            assertThat(board.json().getInt("total")).isEqualTo(1);
            assertThat(board.toString()).as(role + " board").doesNotContain(code);
        }
    }

    @Test
    void no_staff_role_reads_a_voucher_code_in_an_order_a_list_the_board_or_the_audit_log(Api api) {
        String customer = customerWithPoints(api, 5_000);
        var placed = order(api, customer, newVoucherGift(api, 200, 5), 1, eVoucher());
        String id = placed.getString("id");
        String code = placed.getString("voucherCode");

        for (String role : ORDER_READERS) {
            String token = api.token(role);
            var one = api.get("/api/v1/orders/" + id, token);
            assertThat(one.status()).as(role).isEqualTo(200);
            assertThat(one.toString()).as(role + " GET order").doesNotContain(code);
            assertThat(api.get("/api/v1/orders?customerId=" + customer, token).toString()).as(role + " list")
                    .doesNotContain(code);
        }
        for (String role : BOARD_READERS) {
            assertThat(api.get(ADMIN + id, api.token(role)).toString()).as(role).doesNotContain(code);
            assertThat(api.get(ADMIN + "board?status=ISSUED&customerId=" + customer, api.token(role)).toString())
                    .as(role + " board").doesNotContain(code);
        }
        var audit = api.get("/api/v1/admin/audit?q=" + id, api.token("auditor"));
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.toString()).doesNotContain(code);
    }

    @Test
    void the_ordering_partner_reads_its_voucher_code_again_and_another_partner_finds_no_order(Api api) {
        String customer = customerWithPoints(api, 5_000);
        var placed = order(api, customer, newVoucherGift(api, 200, 5), 1, eVoucher());
        String id = placed.getString("id");

        var again = api.get("/api/v1/orders/" + id, api.token("partner"));
        assertThat(again.json().getString("voucherCode")).isEqualTo(placed.getString("voucherCode"));
        assertProblem(api.get("/api/v1/orders/" + id, api.token("partner", "other")), 404, "NOT_FOUND");
    }

    @Test
    void the_ordering_partner_gets_the_pickup_code_and_its_image_only_in_the_answer_that_issues_it(Api api) {
        String customer = customerWithPoints(api, 5_000);
        String gift = newPhysicalGift(api, 300);
        addStock(api, gift, BRANCH, 2);
        String key = Api.uniqueId("K");
        String body = orderJson(customer, gift, 1, pickupAt(BRANCH));
        var placed = placeOrder(api, api.token("partner"), key, body);
        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.json().getString("pickupCode")).matches("^[0-9]{8}$");
        assertThat(placed.json().getString("pickupQrImage")).startsWith("data:image/png;base64,");
        String id = placed.json().getString("id");

        var read = api.get("/api/v1/orders/" + id, api.token("partner"));
        assertNoPickupCode(read.json(), "partner GET");
        assertThat(read.json().getBoolean("pickupCodeIssued")).isTrue();
        var replay = placeOrder(api, api.token("partner"), key, body);
        assertThat(replay.status()).isIn(200, 201);
        assertNoPickupCode(replay.json(), "replay");
    }

    @Test
    void a_reissued_code_replaces_the_old_one_at_the_counter_and_none_is_issued_once_collected(Api api) {
        String customer = customerWithPoints(api, 5_000);
        var placed = pickup(api, customer);
        String id = placed.getString("id");
        String old = placed.getString("pickupCode");
        assertThat(api.post(ADMIN + id + "/allocate", api.token("fulfilment"), "{\"location\": \"" + BRANCH + "\"}")
                .status()).isEqualTo(200);
        assertThat(api.post(ADMIN + id + "/ready-for-pickup", api.token("fulfilment"), "").status()).isEqualTo(200);

        var reissued = api.post("/api/v1/orders/" + id + "/pickup-code", api.token("partner"), "");
        assertThat(reissued.status()).as(reissued.toString()).isEqualTo(201);
        String fresh = reissued.json().getString("pickupCode");
        assertThat(reissued.json().getString("pickupQrImage")).startsWith("data:image/png;base64,");

        if (!fresh.equals(old)) {
            assertProblem(handOver(api, id, old), 400, "VALIDATION_FAILED");
        }
        var collected = handOver(api, id, fresh);
        assertThat(collected.status()).as(collected.toString()).isEqualTo(200);
        assertThat(collected.json().getString("status")).isEqualTo("COLLECTED");
        assertProblem(api.post("/api/v1/orders/" + id + "/pickup-code", api.token("partner"), ""), 409, "INVALID_STATE");
        assertThat(api.get("/api/v1/orders/" + id, api.token("partner")).json().getBoolean("pickupCodeIssued")).isFalse();
    }

    @Test
    void a_reissue_unlocks_a_code_locked_by_five_wrong_tries_with_a_new_one(Api api) {
        String customer = customerWithPoints(api, 5_000);
        var placed = pickup(api, customer);
        String id = placed.getString("id");
        String code = placed.getString("pickupCode");
        String wrong = code.equals("00000000") ? "11111111" : "00000000";
        api.post(ADMIN + id + "/allocate", api.token("fulfilment"), "{\"location\": \"" + BRANCH + "\"}");
        api.post(ADMIN + id + "/ready-for-pickup", api.token("fulfilment"), "");
        for (int i = 0; i < 5; i++) {
            assertProblem(handOver(api, id, wrong), 400, "VALIDATION_FAILED");
        }
        assertProblem(handOver(api, id, code), 409, "INVALID_STATE");

        String fresh = api.post("/api/v1/orders/" + id + "/pickup-code", api.token("partner"), "").json()
                .getString("pickupCode");

        assertThat(handOver(api, id, fresh).status()).isEqualTo(200);
    }

    @Test
    void staff_cannot_reissue_a_pickup_code_and_another_partner_finds_no_order(Api api) {
        String customer = customerWithPoints(api, 5_000);
        String id = pickup(api, customer).getString("id");

        for (String role : BOARD_READERS) {
            assertThat(api.post("/api/v1/orders/" + id + "/pickup-code", api.token(role), "").status()).as(role)
                    .isEqualTo(403);
        }
        assertProblem(api.post("/api/v1/orders/" + id + "/pickup-code", api.token("partner", "other"), ""), 404,
                "NOT_FOUND");
    }

    @Test
    void a_cancelled_pickup_gets_no_new_code(Api api) {
        String customer = customerWithPoints(api, 5_000);
        String id = pickup(api, customer).getString("id");
        assertThat(api.post("/api/v1/orders/" + id + "/cancel", api.token("partner"), "{}").status()).isEqualTo(200);

        assertProblem(api.post("/api/v1/orders/" + id + "/pickup-code", api.token("partner"), ""), 409, "INVALID_STATE");
    }

    @Test
    void the_database_keeps_a_pickup_code_only_as_a_salted_hash(Api api, TestDatabase database) throws Exception {
        String customer = customerWithPoints(api, 5_000);
        var placed = pickup(api, customer);
        String code = placed.getString("pickupCode");

        try (var db = database.connect();
             var query = db.prepareStatement("SELECT * FROM redemption_order WHERE id = ?")) {
            query.setString(1, placed.getString("id"));
            try (var row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("pickup_code_hash")).startsWith("pbkdf2-sha256$").doesNotContain(code);
                var columns = row.getMetaData();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    assertThat(columns.getColumnName(i)).isNotEqualToIgnoringCase("pickup_code");
                    assertThat(String.valueOf(row.getObject(i))).as(columns.getColumnName(i)).isNotEqualTo(code);
                }
            }
        }
    }

    private static JsonObject pickup(Api api, String customer) {
        String gift = newPhysicalGift(api, 300);
        addStock(api, gift, BRANCH, 1);
        return order(api, customer, gift, 1, pickupAt(BRANCH));
    }

    private static Api.Response handOver(Api api, String id, String code) {
        return api.post(ADMIN + id + "/hand-over", api.token("fulfilment"), "{\"pickupCode\": \"" + code + "\"}");
    }

    private static void assertNoPickupCode(JsonObject order, String who) {
        assertThat(!order.containsKey("pickupCode") || order.isNull("pickupCode")).as(who + ": pickupCode").isTrue();
        assertThat(!order.containsKey("pickupQrImage") || order.isNull("pickupQrImage")).as(who + ": QR").isTrue();
        assertThat(order.containsKey("voucherCode") && !order.isNull("voucherCode")).as(who + ": voucherCode").isFalse();
    }
}
