package io.jifen.it.risk;

import static io.jifen.it.support.GiftMall.addStock;
import static io.jifen.it.support.GiftMall.courierTo;
import static io.jifen.it.support.GiftMall.customerWithPoints;
import static io.jifen.it.support.GiftMall.eVoucher;
import static io.jifen.it.support.GiftMall.newPhysicalGift;
import static io.jifen.it.support.GiftMall.newVoucherGift;
import static io.jifen.it.support.GiftMall.placeOrder;
import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each rule fires once on its pattern, and not on ordinary traffic; a HIGH alert that holds
 * refuses the customer's redemptions with UNDER_REVIEW until risk staff close it.
 */
@ExtendWith(RunningServer.class)
class RiskAlertsIT {
    private static final String RISK = "/api/v1/admin/risk";

    private static List<JsonObject> alertsOf(Api api, String customer) {
        var page = api.get(RISK + "/alerts?customerId=" + customer, api.token("risk"));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static String addressJson(String line1, String city) {
        return """
                {"recipient": "李四", "phone": "13900000000", "line1": "%s", "city": "%s", "postalCode": "200120"}"""
                .formatted(line1, city);
    }

    private static Api.Response order(Api api, String customer, String gift, String fulfilment) {
        return placeOrder(api, Api.uniqueId("K"), customer, gift, fulfilment);
    }

    @Test
    void a_burst_of_redemptions_raises_one_high_alert_that_holds_until_it_is_closed(Api api) {
        var rule = "/rules/REDEMPTION_BURST";
        assertThat(api.put(RISK + rule, api.token("risk"), """
                {"enabled": true, "severity": "HIGH", "threshold": 5, "windowMinutes": 10, "placesHold": true}""")
                .status()).isEqualTo(200);
        try {
            String gift = newVoucherGift(api, 100, 100);
            String ordinary = customerWithPoints(api, 5_000);
            for (int i = 0; i < 4; i++) {
                assertThat(order(api, ordinary, gift, eVoucher()).status()).isEqualTo(201);
            }
            assertThat(alertsOf(api, ordinary)).as("four orders are ordinary traffic").isEmpty();

            String customer = customerWithPoints(api, 5_000);
            for (int i = 0; i < 5; i++) {
                var placed = order(api, customer, gift, eVoucher());
                assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            }
            var alerts = alertsOf(api, customer);
            assertThat(alerts).hasSize(1);
            var alert = alerts.getFirst();
            assertThat(alert.getString("rule")).isEqualTo("REDEMPTION_BURST");
            assertThat(alert.getString("severity")).isEqualTo("HIGH");
            assertThat(alert.getBoolean("holdsRedemptions")).isTrue();
            assertThat(alert.getString("evidence")).contains("5 redemptions");

            var refused = order(api, customer, gift, eVoucher());
            assertProblem(refused, 409, "NOT_ELIGIBLE");
            assertThat(refused.body()).contains("UNDER_REVIEW");
            assertThat(api.balance(customer)).isEqualTo(4_500);
            assertThat(order(api, customer, gift, eVoucher()).status()).isEqualTo(409);
            assertThat(alertsOf(api, customer)).as("the pattern fires once").hasSize(1);

            String id = alert.getString("id");
            assertThat(api.post(RISK + "/alerts/" + id + "/investigation", api.token("risk"), "").json()
                    .getString("status")).isEqualTo("INVESTIGATING");
            assertProblem(api.post(RISK + "/alerts/" + id + "/closure", api.token("risk"), "{\"outcome\": \"MAYBE\"}"),
                    400, "VALIDATION_FAILED");
            var closed = api.post(RISK + "/alerts/" + id + "/closure", api.token("risk"),
                    "{\"outcome\": \"NOT_FRAUD\", \"note\": \"festival gifts for the family, confirmed by phone\"}");
            assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
            assertThat(closed.json().getString("status")).isEqualTo("CLOSED_NOT_FRAUD");
            assertThat(order(api, customer, gift, eVoucher()).status()).as("the hold ended with the alert")
                    .isEqualTo(201);
            api.assertLedgerConsistent(customer);
        } finally {
            RunningServer.relaxTheBurstRule(api);
        }
    }

    @Test
    void a_delivery_address_changed_again_and_again_raises_an_alert(Api api) {
        String gift = newPhysicalGift(api, 100);
        addStock(api, gift, "CENTRAL", 20);
        String steady = customerWithPoints(api, 5_000);
        for (int i = 0; i < 4; i++) {
            assertThat(order(api, steady, gift, courierTo(addressJson("浦东新区世纪大道 100 号", "上海"))).status())
                    .isEqualTo(201);
        }
        assertThat(alertsOf(api, steady)).filteredOn(a -> a.getString("rule").equals("ADDRESS_CHANGES")).isEmpty();

        String customer = customerWithPoints(api, 5_000);
        String[] places = {"徐汇区漕溪北路 1 号", "静安区南京西路 2 号", "徐汇区漕溪北路 1 号", "长宁区延安西路 3 号"};
        for (String place : places) {
            assertThat(order(api, customer, gift, courierTo(addressJson(place, "上海"))).status()).isEqualTo(201);
        }
        var alerts = alertsOf(api, customer);
        assertThat(alerts).extracting(a -> a.getString("rule")).containsExactly("ADDRESS_CHANGES");
        assertThat(alerts.getFirst().getString("evidence")).contains("changed 3 times");
        assertThat(alerts.getFirst().getBoolean("holdsRedemptions")).isFalse();
    }

    @Test
    void one_address_shared_by_many_customers_raises_an_alert_however_it_is_written(Api api) {
        String gift = newPhysicalGift(api, 100);
        addStock(api, gift, "CENTRAL", 20);
        String line = "黄浦区中山东一路 " + (1000 + (System.nanoTime() % 8000)) + " 号";
        String[] written = {line, line.replace(" ", ""), line + "。", " " + line + " "};
        String last = null;
        for (String form : written) {
            last = customerWithPoints(api, 1_000);
            assertThat(order(api, last, gift, courierTo(addressJson(form, "上海"))).status()).isEqualTo(201);
        }
        assertThat(alertsOf(api, last)).extracting(a -> a.getString("rule")).containsExactly("SHARED_ADDRESS");
        assertThat(alertsOf(api, last).getFirst().getString("evidence")).contains("3 other customers");
    }

    @Test
    void an_accrual_far_above_the_customers_own_history_raises_an_alert(Api api) {
        String now = Instant.now().minusSeconds(60).toString();
        String ordinary = api.newCustomer();
        String customer = api.newCustomer();
        for (String id : List.of(ordinary, customer)) {
            for (int i = 0; i < 5; i++) {
                assertThat(api.accrue(Api.uniqueId("T"), id, "DEPOSIT", "500.00", now).status()).isEqualTo(201);
            }
        }
        assertThat(api.accrue(Api.uniqueId("T"), ordinary, "DEPOSIT", "600.00", now).status()).isEqualTo(201);
        assertThat(alertsOf(api, ordinary)).isEmpty();

        // a time deposit earns 20 points and one more per 10,000 yuan: 200 million yuan, 20,020 points
        var spike = api.accrue(Api.uniqueId("T"), customer, "TIME_DEPOSIT", "200000000.00", now);
        assertThat(spike.status()).as(spike.toString()).isEqualTo(201);
        var alerts = alertsOf(api, customer);
        assertThat(alerts).extracting(a -> a.getString("rule")).containsExactly("EARNING_SPIKE");
        assertThat(alerts.getFirst().getString("evidence")).contains("against an average of");
    }

    @Test
    void rules_are_configured_within_bounds_by_risk_staff(Api api) {
        var rules = api.get(RISK + "/rules", api.token("auditor")).jsonArray().getValuesAs(JsonObject.class);
        assertThat(rules).extracting(r -> r.getString("rule"))
                .contains("ADDRESS_CHANGES", "REDEMPTION_BURST", "SHARED_ADDRESS", "EARNING_SPIKE", "PARTNER_REFUSALS",
                        "STAFF_SIGN_INS");
        assertProblem(api.put(RISK + "/rules/EARNING_SPIKE", api.token("risk"), """
                {"enabled": true, "severity": "MEDIUM", "threshold": 1, "windowMinutes": 10, "placesHold": false}"""),
                400, "VALIDATION_FAILED");
        assertProblem(api.put(RISK + "/rules/EARNING_SPIKE", api.token("risk"), """
                {"enabled": true, "severity": "MEDIUM", "threshold": 20, "windowMinutes": 10, "placesHold": true}"""),
                400, "VALIDATION_FAILED");
        assertProblem(api.put(RISK + "/rules/NO_SUCH_RULE", api.token("risk"), """
                {"enabled": true, "severity": "MEDIUM", "threshold": 20, "windowMinutes": 10, "placesHold": false}"""),
                400, "VALIDATION_FAILED");
        assertThat(api.put(RISK + "/rules/EARNING_SPIKE", api.token("service"), """
                {"enabled": false, "severity": "MEDIUM", "threshold": 20, "windowMinutes": 1440, "placesHold": false}""")
                .status()).isEqualTo(403);
        assertProblem(api.get(RISK + "/alerts/AL-0000000000000000", api.token("risk")), 404, "NOT_FOUND");
        assertProblem(api.get(RISK + "/alerts?status=SOMETIMES", api.token("risk")), 400, "VALIDATION_FAILED");
    }

    @Test
    void a_partner_whose_refusals_spike_raises_an_alert_on_the_partner(Api api) {
        assertThat(api.put(RISK + "/rules/PARTNER_REFUSALS", api.token("risk"), """
                {"enabled": true, "severity": "MEDIUM", "threshold": 5, "windowMinutes": 10, "placesHold": false}""")
                .status()).isEqualTo(200);
        try {
            String gift = newVoucherGift(api, 100, 10);
            String broke = api.newCustomer();
            String calm = "calm-" + Api.uniqueId("p").substring(2, 10).toLowerCase();
            String probing = "probe-" + Api.uniqueId("p").substring(2, 10).toLowerCase();
            for (int i = 0; i < 2; i++) {
                assertThat(placeOrder(api, api.token("partner", calm), Api.uniqueId("K"),
                        io.jifen.it.support.GiftMall.orderJson(broke, gift, 1, eVoucher())).status()).isEqualTo(409);
            }
            for (int i = 0; i < 6; i++) {
                assertThat(placeOrder(api, api.token("partner", probing), Api.uniqueId("K"),
                        io.jifen.it.support.GiftMall.orderJson(broke, gift, 1, eVoucher())).status()).isEqualTo(409);
            }
            var calmAlerts = api.get(RISK + "/alerts?partnerId=" + calm, api.token("risk")).json().getJsonArray("items");
            assertThat(calmAlerts).as("two refusals are ordinary").isEmpty();
            var alerts = api.get(RISK + "/alerts?partnerId=" + probing, api.token("risk")).json().getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            assertThat(alerts).hasSize(1);
            assertThat(alerts.getFirst().getString("rule")).isEqualTo("PARTNER_REFUSALS");
            assertThat(alerts.getFirst().getString("subjectKind")).isEqualTo("PARTNER");
            assertThat(alerts.getFirst().getString("evidence")).contains("5 refused calls").contains("INSUFFICIENT_POINTS");
            assertProblem(api.post(RISK + "/alerts/" + alerts.getFirst().getString("id") + "/hold", api.token("risk"), ""),
                    409, "INVALID_STATE");
        } finally {
            api.put(RISK + "/rules/PARTNER_REFUSALS", api.token("risk"), """
                    {"enabled": true, "severity": "MEDIUM", "threshold": 50, "windowMinutes": 10, "placesHold": false}""");
        }
    }
}
