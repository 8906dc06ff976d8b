package io.jifen.it.campaigns;

import static io.jifen.it.campaigns.Marketing.expect;
import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.GiftMall;
import io.jifen.it.support.Race;
import io.jifen.it.support.RunningServer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Triggers award once per customer per event. Those that listen to every customer (upgrades,
 * assets, anniversaries) are switched off after each test so they touch no other test's ledger.
 */
@ExtendWith(RunningServer.class)
class TriggerIT {
    private static final String TRIGGERS = "/api/v1/admin/triggers";
    private final List<String> created = new ArrayList<>();
    private Api api;

    private String trigger(Api api, String json) {
        this.api = api;
        var response = expect(api.post(TRIGGERS, new Marketing(api).alice, json), 201);
        String id = response.json().getString("id");
        created.add(id);
        assertThat(response.json().getBoolean("active")).as("nothing fires before a second person approves").isFalse();
        expect(api.post(TRIGGERS + "/" + id + "/approval", new Marketing(api).bob, "{}"), 200);
        return id;
    }

    @AfterEach
    void switchOff() {
        List<String> failed = new ArrayList<>();
        for (String id : created) {
            // each on its own: one failure must not leave the others listening to later tests' customers
            if (api.post(TRIGGERS + "/" + id + "/deactivate", new Marketing(api).alice, "{}").status() != 200) {
                failed.add(id);
            }
        }
        assertThat(failed).as("triggers left active").isEmpty();
    }

    private static final Instant AT = Instant.now().minusSeconds(10);

    private static Api.Response accrue(Api api, String txn, String customer, String activity, String product, String amount) {
        return api.post("/api/v1/accruals", api.token("core-banking"), """
                {"sourceTxnId": "%s", "customerId": "%s", "activity": "%s", "productCode": "%s", "amount": "%s",
                 "occurredAt": "%s"}""".formatted(txn, customer, activity, product, amount, AT));
    }

    private static long awards(Api api, String triggerId) {
        return expect(api.get(TRIGGERS + "/" + triggerId + "/awards", api.token("auditor")), 200).json().getInt("total");
    }

    @Test
    void a_transaction_trigger_fires_once_for_a_transaction_reported_eight_times_at_once(Api api) throws Exception {
        String product = Marketing.uniqueSegment();
        String id = trigger(api, """
                {"name": "Remittance %s", "kind": "TRANSACTION", "activity": "SETTLEMENT", "productCode": "%s",
                 "minAmount": "1000.00", "points": 88}""".formatted(product, product));
        String customer = api.newCustomer();
        String txn = Api.uniqueId("T");
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> accrue(api, txn, customer, "SETTLEMENT", product, "5000.00"));
        }
        var answers = Race.run(calls);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 201));
        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1);

        assertThat(accrue(api, Api.uniqueId("T"), customer, "SETTLEMENT", product, "999.99").status()).isEqualTo(201);
        assertThat(accrue(api, Api.uniqueId("T"), customer, "SETTLEMENT", "OTHER", "5000.00").status()).isEqualTo(201);

        // three settlements earn 2 each by the base rule; only the one that qualifies adds the trigger's 88
        assertThat(api.balance(customer)).isEqualTo(3 * 2 + 88);
        assertThat(awards(api, id)).isEqualTo(1);

        // core banking reverses the remittance: its 2 points and the trigger's 88 go back
        expect(api.post("/api/v1/accruals/" + txn + "/reversal", api.token("core-banking"), "{}"), 201);
        expect(api.post("/api/v1/accruals/" + txn + "/reversal", api.token("core-banking"), "{}"), 200);
        assertThat(api.balance(customer)).isEqualTo(2 * 2);
        var entries = api.get("/api/v1/customers/" + customer + "/points/entries", api.token("service")).json();
        assertThat(entries.getJsonArray("items").stream().map(e -> e.asJsonObject().getString("reference")))
                .contains("trigger:" + id + ":TXN:" + txn);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_star_upgrade_and_an_assets_threshold_award_once_however_often_reported(Api api) {
        String upgrade = trigger(api, """
                {"name": "To five stars %s", "kind": "STAR_UPGRADE", "starLevel": 5, "points": 500}""".formatted(Api.uniqueId("U")));
        String assets = trigger(api, """
                {"name": "Half a million %s", "kind": "ASSETS_THRESHOLD", "assetThreshold": "500000.00", "points": 300}"""
                .formatted(Api.uniqueId("A")));
        String customer = api.newCustomer();
        String figures = """
                {"periodEnd": "2026-10-31", "components": [{"component": "SHORT_TERM_ASSETS", "amount": "%s"}]}""";
        // 200,000 yuan: 2,700 star points, five stars; 600,000: 8,100, still five stars but above the threshold
        expect(api.put("/api/v1/customers/" + customer + "/star-figures", api.token("core-banking"),
                figures.formatted("200000.00")), 200);
        assertThat(api.balance(customer)).isEqualTo(500);
        expect(api.put("/api/v1/customers/" + customer + "/star-figures", api.token("core-banking"),
                figures.formatted("600000.00")), 200);
        expect(api.put("/api/v1/customers/" + customer + "/star-figures", api.token("core-banking"),
                figures.formatted("100.00")), 200);
        expect(api.put("/api/v1/customers/" + customer + "/star-figures", api.token("core-banking"),
                figures.formatted("600000.00")), 200);
        // back up to five stars and above half a million again: both events were already awarded
        assertThat(api.balance(customer)).isEqualTo(500 + 300);
        assertThat(awards(api, upgrade)).isEqualTo(1);
        assertThat(awards(api, assets)).isEqualTo(1);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void an_anniversary_awards_once_a_year_however_often_the_run_repeats(Api api) {
        String id = trigger(api, """
                {"name": "Anniversary %s", "kind": "ANNIVERSARY", "points": 66}""".formatted(Api.uniqueId("N")));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String customer = Api.uniqueId("C");
        expect(api.put("/api/v1/customers/" + customer, api.token("core-banking"), """
                {"name": "周年", "status": "ACTIVE", "riskLevel": "LOW", "creditRating": "A", "openedOn": "%s"}"""
                .formatted(today.minusYears(3))), 201);
        assertProblem(api.post(TRIGGERS + "/anniversaries/run?on=" + today.plusDays(1), new Marketing(api).alice, "{}"),
                400, "VALIDATION_FAILED");
        assertProblem(api.post(TRIGGERS + "/anniversaries/run?on=" + today.minusYears(1), new Marketing(api).alice, "{}"),
                400, "VALIDATION_FAILED");
        String run = TRIGGERS + "/anniversaries/run?on=" + today;
        // the scheduled run may get there first: either way the customer is awarded exactly once
        expect(api.post(run, new Marketing(api).alice, "{}"), 200);
        expect(api.post(run, new Marketing(api).bob, "{}"), 200);
        assertThat(api.balance(customer)).isEqualTo(66);
        assertThat(expect(api.get(TRIGGERS + "/" + id + "/awards", api.token("auditor")), 200).body())
                .contains("ANNIVERSARY:" + today.getYear()).contains(customer);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_gift_trigger_must_order_through_a_registered_active_partner(Api api) {
        String voucher = GiftMall.newVoucherGift(api, 150, 1);
        var refused = api.post(TRIGGERS, new Marketing(api).alice, """
                {"name": "Through no one %s", "kind": "TRANSACTION", "activity": "SETTLEMENT", "productCode": "X",
                 "points": 0, "giftId": "%s", "partnerId": "%s"}""".formatted(Marketing.uniqueSegment(), voucher,
                Api.uniqueId("unregistered")));
        assertProblem(refused, 400, "VALIDATION_FAILED");
        assertThat(refused.body()).contains("partnerId");
    }

    @Test
    void a_gift_trigger_through_a_linked_mall_gives_points_instead_to_a_customer_not_linked_to_it(Api api) {
        String mall = Api.uniqueId("mall");
        api.registerPartner(mall, "ACTIVE", "LINKED");
        String product = Marketing.uniqueSegment();
        String voucher = GiftMall.newVoucherGift(api, 150, 1);
        trigger(api, """
                {"name": "Mall coffee %s", "kind": "TRANSACTION", "activity": "SETTLEMENT", "productCode": "%s",
                 "points": 0, "giftId": "%s", "partnerId": "%s"}""".formatted(product, product, voucher, mall));
        String customer = api.newCustomer();

        var accrual = api.post("/api/v1/accruals", api.token("core-banking"), """
                {"sourceTxnId": "%s", "customerId": "%s", "activity": "SETTLEMENT", "productCode": "%s",
                 "amount": "100.00", "occurredAt": "%s"}""".formatted(Api.uniqueId("T"), customer, product, Instant.now()));
        assertThat(accrual.status()).as(accrual.toString()).isEqualTo(201);

        // the mall never sees the unlinked customer's order: the customer has the gift's value in points
        var mallOrders = api.get("/api/v1/orders?customerId=" + customer, api.token("partner", mall));
        assertThat(mallOrders.body()).doesNotContain(voucher);
        assertThat(api.balance(customer)).isGreaterThanOrEqualTo(150);
        assertThat(GiftMall.totalStock(api, voucher)).isEqualTo(1);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_gift_trigger_orders_an_e_voucher_at_no_cost_and_gives_its_value_in_points_when_out_of_stock(Api api) {
        String product = Marketing.uniqueSegment();
        String voucher = GiftMall.newVoucherGift(api, 150, 1);
        api.partner("acme");
        String id = trigger(api, """
                {"name": "Coffee for remitters %s", "kind": "TRANSACTION", "activity": "SETTLEMENT", "productCode": "%s",
                 "points": 0, "giftId": "%s", "partnerId": "acme"}""".formatted(product, product, voucher));
        String first = api.newCustomer();
        String second = api.newCustomer();

        assertThat(accrue(api, Api.uniqueId("T"), first, "SETTLEMENT", product, "5000.00").status()).isEqualTo(201);
        assertThat(api.balance(first)).as("the gift costs the customer nothing").isEqualTo(2);
        var award = expect(api.get(TRIGGERS + "/" + id + "/awards", api.token("auditor")), 200).json()
                .getJsonArray("items").getJsonObject(0);
        String orderId = award.getString("orderId");
        var order = expect(api.get("/api/v1/orders/" + orderId, api.token("partner")), 200).json();
        assertThat(order.getString("customerId")).isEqualTo(first);
        assertThat(order.getString("giftId")).isEqualTo(voucher);
        assertThat(order.getString("status")).isEqualTo("ISSUED");
        assertThat(order.toString()).contains("voucherCode");
        assertThat(GiftMall.adminGift(api, voucher).getInt("totalStock")).isZero();

        // the last voucher is gone: the next customer gets its value in points instead
        assertThat(accrue(api, Api.uniqueId("T"), second, "SETTLEMENT", product, "5000.00").status()).isEqualTo(201);
        assertThat(api.balance(second)).isEqualTo(2 + 150);
        assertThat(awards(api, id)).isEqualTo(2);
        api.assertLedgerConsistent(first);
        api.assertLedgerConsistent(second);
    }

    @Test
    void a_trigger_needs_what_its_kind_listens_for(Api api) {
        this.api = api;
        var alice = new Marketing(api).alice;
        assertProblem(api.post(TRIGGERS, alice, "{\"name\": \"t\", \"kind\": \"TRANSACTION\", \"points\": 5}"),
                400, "VALIDATION_FAILED");
        assertProblem(api.post(TRIGGERS, alice, "{\"name\": \"t\", \"kind\": \"ASSETS_THRESHOLD\", \"points\": 5}"),
                400, "VALIDATION_FAILED");
        assertProblem(api.post(TRIGGERS, alice, "{\"name\": \"t\", \"kind\": \"ANNIVERSARY\", \"points\": 0}"),
                400, "VALIDATION_FAILED");
        assertProblem(api.post(TRIGGERS, alice, """
                {"name": "t", "kind": "ANNIVERSARY", "points": 0, "giftId": "G-whatever"}"""), 400, "VALIDATION_FAILED");
        assertProblem(api.post(TRIGGERS, api.token("partner"), "{}"), 403, "FORBIDDEN");
    }

    @Test
    void a_new_trigger_needs_a_second_person_and_a_rejected_one_never_fires(Api api) {
        this.api = api;
        var marketing = new Marketing(api);
        var proposed = expect(api.post(TRIGGERS, marketing.alice, """
                {"name": "Four eyes %s", "kind": "STAR_UPGRADE", "starLevel": 6, "points": 300}"""
                .formatted(Api.uniqueId("U"))), 201).json();
        String id = proposed.getString("id");
        assertThat(proposed.getString("approval")).isEqualTo("PENDING_APPROVAL");
        var own = api.post(TRIGGERS + "/" + id + "/approval", marketing.alice, "{}");
        assertProblem(own, 409, "INVALID_STATE");
        assertThat(own.body()).contains("FOUR_EYES");
        var rejected = expect(api.post(TRIGGERS + "/" + id + "/rejection", marketing.bob,
                "{\"reason\": \"overlaps the five-star gift\"}"), 200).json();
        assertThat(rejected.getString("approval")).isEqualTo("REJECTED");
        assertThat(rejected.getBoolean("active")).isFalse();
        assertProblem(api.post(TRIGGERS + "/" + id + "/approval", marketing.bob, "{}"), 409, "INVALID_STATE");
    }
}
