package io.jifen.it.points;

import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
class AccrualIT {
    private static final String NOW = Instant.now().minusSeconds(60).toString();
    private Api api;
    private String customer;

    @AfterEach
    void ledgerStaysConsistent() {
        if (api != null && customer != null) {
            api.assertLedgerConsistent(customer);
        }
    }

    private String customer(Api api, String... holdings) {
        this.api = api;
        this.customer = api.newCustomer("LOW", "AA", holdings);
        return customer;
    }

    @Test
    void a_deposit_earns_by_the_deposit_rule_and_names_it(Api api) {
        String id = customer(api);
        var answer = api.accrue(Api.uniqueId("T"), id, "DEPOSIT", "500000.00", NOW);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonObject accrual = answer.json();
        assertThat(accrual.getInt("points")).isEqualTo(20);
        assertThat(accrual.getInt("balance")).isEqualTo(20);
        assertThat(accrual.getJsonArray("breakdown").getJsonObject(0).getString("rule")).isEqualTo("DEPOSIT_BASE");
        assertThat(api.balance(id)).isEqualTo(20);
    }

    @Test
    void private_banking_customers_earn_the_star_level_bonus(Api api) {
        String id = customer(api, "PRIVATE_BANKING");
        var accrual = api.accrue(Api.uniqueId("T"), id, "DEPOSIT", "1000.00", NOW).json();
        assertThat(accrual.getInt("points")).isEqualTo(30);
        assertThat(accrual.getJsonArray("breakdown").getJsonObject(1).getString("rule")).isEqualTo("STAR_LEVEL_7_BONUS");
        assertThat(accrual.getJsonArray("breakdown").getJsonObject(1).getInt("points")).isEqualTo(10);
    }

    @Test
    void project_financing_earns_per_full_step_of_amount(Api api) {
        String id = customer(api);
        var accrual = api.accrue(Api.uniqueId("T"), id, "PROJECT_FINANCING", "1299999.99", NOW).json();
        assertThat(accrual.getInt("points")).isEqualTo(20);
    }

    @Test
    void the_same_transaction_reported_again_earns_once_and_answers_the_same(Api api) {
        String id = customer(api);
        String txn = Api.uniqueId("T");
        var first = api.accrue(txn, id, "CARD_SPEND", "88.00", NOW);
        var again = api.accrue(txn, id, "CARD_SPEND", "88.00", NOW);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(api.balance(id)).isEqualTo(5);
    }

    @Test
    void the_same_transaction_id_with_other_details_is_a_conflict(Api api) {
        String id = customer(api);
        String txn = Api.uniqueId("T");
        api.accrue(txn, id, "CARD_SPEND", "88.00", NOW);
        assertProblem(api.accrue(txn, id, "CARD_SPEND", "99.00", NOW), 422, "IDEMPOTENCY_CONFLICT");
        assertThat(api.balance(id)).isEqualTo(5);
    }

    @Test
    void an_amount_below_the_rule_minimum_earns_nothing(Api api) {
        String id = customer(api);
        var accrual = api.accrue(Api.uniqueId("T"), id, "DEPOSIT", "99.99", NOW);
        assertThat(accrual.status()).isEqualTo(201);
        assertThat(accrual.json().getInt("points")).isZero();
        assertThat(accrual.json().getJsonArray("breakdown")).isEmpty();
    }

    @Test
    void the_customer_must_exist(Api api) {
        assertProblem(api.accrue(Api.uniqueId("T"), "no-such-customer", "DEPOSIT", "100.00", NOW), 404, "NOT_FOUND");
    }

    @Test
    void bad_accruals_are_400_and_earn_nothing(Api api) {
        String id = customer(api);
        assertProblem(api.accrue(Api.uniqueId("T"), id, "DEPOSIT", "-5.00", NOW), 400, "VALIDATION_FAILED");
        assertProblem(api.accrue(Api.uniqueId("T"), id, "DEPOSIT", "1e9", NOW), 400, "VALIDATION_FAILED");
        assertProblem(api.accrue(Api.uniqueId("T"), id, "DEPOSIT", "0.00", NOW), 400, "VALIDATION_FAILED");
        assertProblem(api.accrue(Api.uniqueId("T"), id, "LOTTERY", "100.00", NOW), 400, "VALIDATION_FAILED");
        assertProblem(api.accrue(Api.uniqueId("T"), id, "DEPOSIT", "100.00",
                Instant.now().plusSeconds(3600).toString()), 400, "VALIDATION_FAILED");
        assertProblem(api.accrue(Api.uniqueId("T"), id, "DEPOSIT", "100.00", "yesterday"), 400, "VALIDATION_FAILED");
        assertThat(api.balance(id)).isZero();
    }

    @Test
    void partners_cannot_accrue(Api api) {
        String id = customer(api);
        var refused = api.post("/api/v1/accruals", api.token("partner"), """
                {"sourceTxnId": "%s", "customerId": "%s", "activity": "DEPOSIT", "amount": "100.00", "occurredAt": "%s"}"""
                .formatted(Api.uniqueId("T"), id, NOW));
        assertProblem(refused, 403, "FORBIDDEN");
    }

    @Test
    void a_reversal_takes_the_points_back_once(Api api) {
        String id = customer(api);
        String txn = Api.uniqueId("T");
        api.accrue(txn, id, "DEPOSIT", "500.00", NOW);
        var reversal = api.post("/api/v1/accruals/" + txn + "/reversal", api.token("core-banking"), "");
        assertThat(reversal.status()).as(reversal.toString()).isEqualTo(201);
        assertThat(reversal.json().getInt("pointsReversed")).isEqualTo(20);
        assertThat(reversal.json().getInt("shortfall")).isZero();
        var again = api.post("/api/v1/accruals/" + txn + "/reversal", api.token("core-banking"), "");
        assertThat(again.status()).isEqualTo(200);
        assertThat(api.balance(id)).isZero();
    }

    @Test
    void reversing_spent_points_records_a_shortfall_recovered_from_the_next_accrual(Api api) {
        String id = customer(api);
        String txn = Api.uniqueId("T");
        api.accrue(txn, id, "DEPOSIT", "500.00", NOW);
        var spend = api.post("/api/v1/customers/" + id + "/points/adjustments", api.token("service"),
                "{\"points\": -15, \"reason\": \"goodwill correction\"}");
        assertThat(spend.status()).as(spend.toString()).isEqualTo(201);

        var reversal = api.post("/api/v1/accruals/" + txn + "/reversal", api.token("core-banking"), "").json();
        assertThat(reversal.getInt("pointsReversed")).isEqualTo(5);
        assertThat(reversal.getInt("shortfall")).isEqualTo(15);
        assertThat(reversal.getInt("balance")).isZero();

        var next = api.accrue(Api.uniqueId("T"), id, "DEPOSIT", "500.00", NOW).json();
        assertThat(next.getInt("points")).isEqualTo(20);
        assertThat(next.getInt("balance")).as("20 earned, 15 recovered").isEqualTo(5);
        var points = api.get("/api/v1/customers/" + id + "/points", api.token("service")).json();
        assertThat(points.getInt("shortfall")).isZero();
    }

    @Test
    void reversing_an_unknown_transaction_is_404(Api api) {
        assertProblem(api.post("/api/v1/accruals/T-unknown-1/reversal", api.token("core-banking"), ""), 404, "NOT_FOUND");
    }
}
