package io.jifen.it.campaigns;

import static io.jifen.it.campaigns.Marketing.expect;
import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Marketing manages earning rules; each test's rules are for a product code of its own. */
@ExtendWith(RunningServer.class)
class EarningRuleIT {
    private static final String RULES = "/api/v1/admin/earning-rules";

    private static Api.Response accrue(Api api, String customer, String product, String amount, Instant at) {
        return api.post("/api/v1/accruals", api.token("core-banking"), """
                {"sourceTxnId": "%s", "customerId": "%s", "activity": "WEALTH_PRODUCT", "productCode": "%s",
                 "amount": "%s", "occurredAt": "%s"}""".formatted(Api.uniqueId("T"), customer, product, amount, at));
    }

    @Test
    void a_rule_change_applies_from_its_start_and_never_rewrites_history(Api api) {
        var alice = new Marketing(api).alice;
        String product = Marketing.uniqueSegment();
        String code = "IT_" + product;
        var v1 = expect(api.post(RULES, alice, """
                {"code": "%s", "terms": {"name": "Gold fund bonus", "activity": "WEALTH_PRODUCT", "productCode": "%s",
                 "pointsPerStep": 10, "stepAmount": "10000.00", "stepRounding": "HALF_UP"}}""".formatted(code, product)), 201).json();
        assertThat(v1.getInt("version")).isEqualTo(1);
        approve(api, code, 1);
        String customer = api.newCustomer();
        Instant first = Instant.now();
        // 15,000 yuan: the base rule's 2 per full 10,000 (1 step), this rule's 10 per step rounded half up (2 steps)
        var before = accrue(api, customer, product, "15000.00", first).json();
        assertThat(before.getInt("points")).as(before.toString()).isEqualTo(2 + 20);

        var v2 = expect(api.put(RULES + "/" + code, alice, """
                {"name": "Gold fund bonus, richer", "activity": "WEALTH_PRODUCT", "productCode": "%s",
                 "pointsPerStep": 30, "stepAmount": "10000.00", "stepRounding": "DOWN"}""".formatted(product)), 201).json();
        assertThat(v2.getInt("version")).isEqualTo(2);
        assertThat(v2.getString("approval")).isEqualTo("PENDING_APPROVAL");
        // it starts when the second person approves it, if its start passed while it waited
        Instant changedAt = Instant.parse(approve(api, code, 2).getString("effectiveFrom"));

        // a transaction from before the change, reported late, still earns by version 1
        var late = accrue(api, customer, product, "15000.00", first).json();
        assertThat(late.getInt("points")).isEqualTo(2 + 20);
        var after = accrue(api, customer, product, "15000.00", changedAt.plusMillis(1)).json();
        assertThat(after.getInt("points")).isEqualTo(2 + 30);
        var otherProduct = accrue(api, customer, "SOMETHING_ELSE", "15000.00", changedAt.plusMillis(1)).json();
        assertThat(otherProduct.getInt("points")).isEqualTo(2);

        var versions = expect(api.get(RULES + "/" + code, api.token("auditor")), 200).jsonArray();
        assertThat(versions).hasSize(2);
        assertThat(Instant.parse(versions.getJsonObject(0).getString("effectiveTo"))).isEqualTo(changedAt);
        assertThat(versions.getJsonObject(0).getInt("pointsPerStep")).isEqualTo(10);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_daily_cap_limits_what_a_rule_earns_a_customer_in_a_day(Api api) {
        var alice = new Marketing(api).alice;
        String product = Marketing.uniqueSegment();
        expect(api.post(RULES, alice, """
                {"code": "IT_CAP_%s", "terms": {"name": "Capped", "activity": "WEALTH_PRODUCT", "productCode": "%s",
                 "fixedPoints": 40, "dailyCap": 100}}""".formatted(product, product)), 201);
        approve(api, "IT_CAP_" + product, 1);
        String customer = api.newCustomer();
        Instant at = Instant.now().plusSeconds(1);
        long capped = 0;
        for (int i = 0; i < 4; i++) {
            var accrual = accrue(api, customer, product, "100.00", at).json();
            capped += accrual.getJsonArray("breakdown").stream().map(l -> l.asJsonObject())
                    .filter(l -> l.getString("rule", "").startsWith("IT_CAP_")).mapToLong(l -> l.getInt("points")).sum();
        }
        assertThat(capped).as("40 + 40 + 20 + 0").isEqualTo(100);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void rules_cannot_start_or_end_in_the_past(Api api) {
        var alice = new Marketing(api).alice;
        String product = Marketing.uniqueSegment();
        assertProblem(api.post(RULES, alice, """
                {"code": "IT_PAST_%s", "terms": {"name": "Back-dated", "activity": "DEPOSIT", "fixedPoints": 5,
                 "effectiveFrom": "%s"}}""".formatted(product, Instant.now().minus(Duration.ofDays(1)))), 400, "VALIDATION_FAILED");
        assertProblem(api.post(RULES, alice, """
                {"code": "IT_NONE_%s", "terms": {"name": "Earns nothing", "activity": "DEPOSIT"}}""".formatted(product)),
                400, "VALIDATION_FAILED");
        assertProblem(api.post(RULES + "/DEPOSIT_BASE/end", alice, """
                {"effectiveTo": "%s"}""".formatted(Instant.now().minus(Duration.ofDays(1)))), 400, "VALIDATION_FAILED");
        assertProblem(api.get(RULES + "/NO_SUCH_RULE", alice), 404, "NOT_FOUND");
        assertProblem(api.post(RULES, api.token("service"), "{}"), 403, "FORBIDDEN");
    }

    /** Bob, a second marketer, approves what Alice proposed. */
    private static jakarta.json.JsonObject approve(Api api, String code, int version) {
        return expect(api.post(RULES + "/" + code + "/versions/" + version + "/approval", new Marketing(api).bob, "{}"), 200)
                .json();
    }

    @Test
    void a_proposed_rule_earns_nothing_until_a_second_person_approves_it(Api api) {
        var marketing = new Marketing(api);
        String product = Marketing.uniqueSegment();
        String code = "IT_4E_" + product;
        expect(api.post(RULES, marketing.alice, """
                {"code": "%s", "terms": {"name": "Four eyes", "activity": "WEALTH_PRODUCT", "productCode": "%s",
                 "fixedPoints": 70}}""".formatted(code, product)), 201);
        String customer = api.newCustomer();
        Instant at = Instant.now().plusSeconds(1);
        assertThat(accrue(api, customer, product, "100.00", at).json().getInt("points")).as("pending: base rule only")
                .isZero();
        var own = api.post(RULES + "/" + code + "/versions/1/approval", marketing.alice, "{}");
        assertProblem(own, 409, "INVALID_STATE");
        assertThat(own.body()).contains("FOUR_EYES");
        var approved = approve(api, code, 1);
        assertThat(approved.getString("approval")).isEqualTo("APPROVED");
        assertThat(approved.getString("decidedBy")).isEqualTo("it-bob");
        assertThat(accrue(api, customer, product, "100.00", Instant.now().plusSeconds(1)).json().getInt("points"))
                .isEqualTo(70);
        assertProblem(api.post(RULES + "/" + code + "/versions/1/approval", marketing.bob, "{}"), 409, "INVALID_STATE");

        // a change rejected never earns, and the version in force stays
        expect(api.put(RULES + "/" + code, marketing.alice, """
                {"name": "Four eyes, doubled", "activity": "WEALTH_PRODUCT", "productCode": "%s", "fixedPoints": 140}"""
                .formatted(product)), 201);
        assertProblem(api.put(RULES + "/" + code, marketing.alice, """
                {"name": "Another", "activity": "WEALTH_PRODUCT", "productCode": "%s", "fixedPoints": 1}"""
                .formatted(product)), 400, "VALIDATION_FAILED");
        assertProblem(api.post(RULES + "/" + code + "/versions/2/rejection", marketing.bob, "{}"), 400, "VALIDATION_FAILED");
        var rejected = expect(api.post(RULES + "/" + code + "/versions/2/rejection", marketing.bob,
                "{\"reason\": \"the budget does not allow it\"}"), 200).json();
        assertThat(rejected.getString("approval")).isEqualTo("REJECTED");
        assertThat(accrue(api, customer, product, "100.00", Instant.now().plusSeconds(1)).json().getInt("points"))
                .isEqualTo(70);
        api.assertLedgerConsistent(customer);
    }
}
