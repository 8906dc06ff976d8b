package io.jifen.it.points;

import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
class LedgerIT {
    private static final String NOW = Instant.now().minusSeconds(60).toString();

    @Test
    void entries_are_listed_newest_first_with_running_balances(Api api) {
        String id = api.newCustomer();
        api.accrue(Api.uniqueId("T"), id, "DEPOSIT", "500.00", NOW);
        api.accrue(Api.uniqueId("T"), id, "CARD_SPEND", "10.00", NOW);
        api.post("/api/v1/customers/" + id + "/points/adjustments", api.token("service"),
                "{\"points\": -3, \"reason\": \"duplicate promotion\"}");
        var page = api.get("/api/v1/customers/" + id + "/points/entries?page=0&size=2", api.token("partner")).json();
        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(page.getInt("size")).isEqualTo(2);
        var items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).getString("type")).isEqualTo("ADJUSTMENT");
        assertThat(items.get(0).getInt("points")).isEqualTo(-3);
        assertThat(items.get(0).getInt("balanceAfter")).isEqualTo(22);
        assertThat(items.get(1).getString("type")).isEqualTo("ACCRUAL");
        assertThat(items.get(1).getInt("balanceAfter")).isEqualTo(25);
        api.assertLedgerConsistent(id);
    }

    @Test
    void paging_parameters_are_checked(Api api) {
        String id = api.newCustomer();
        assertProblem(api.get("/api/v1/customers/" + id + "/points/entries?size=201", api.token("service")),
                400, "VALIDATION_FAILED");
        assertProblem(api.get("/api/v1/customers/" + id + "/points/entries?page=abc", api.token("service")),
                400, "VALIDATION_FAILED");
        assertProblem(api.get("/api/v1/customers/" + id + "/points/entries?page=-1", api.token("service")),
                400, "VALIDATION_FAILED");
    }

    @Test
    void an_adjustment_needs_a_reason_and_the_service_role(Api api) {
        String id = api.newCustomer();
        String path = "/api/v1/customers/" + id + "/points/adjustments";
        assertProblem(api.post(path, api.token("service"), "{\"points\": 50}"), 400, "VALIDATION_FAILED");
        assertProblem(api.post(path, api.token("service"), "{\"points\": 2.5, \"reason\": \"x\"}"), 400, "VALIDATION_FAILED");
        assertProblem(api.post(path, api.token("service"), "{\"points\": 0, \"reason\": \"x\"}"), 400, "VALIDATION_FAILED");
        assertProblem(api.post(path, api.token("partner"), "{\"points\": 50, \"reason\": \"x\"}"), 403, "FORBIDDEN");
        assertThat(api.balance(id)).isZero();
    }

    @Test
    void an_adjustment_beyond_a_hundred_million_points_is_refused_on_the_points_field(Api api) {
        String id = api.newCustomer();
        var refused = api.post("/api/v1/customers/" + id + "/points/adjustments", api.token("service"),
                "{\"points\": 1000000000, \"reason\": \"slipped digit\"}");
        assertProblem(refused, 400, "VALIDATION_FAILED");
        assertThat(refused.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("points");
        assertThat(api.balance(id)).isZero();
    }

    @Test
    void an_adjustment_cannot_take_the_balance_below_zero(Api api) {
        String id = api.newCustomer();
        api.post("/api/v1/customers/" + id + "/points/adjustments", api.token("service"),
                "{\"points\": 40, \"reason\": \"complaint 7781 compensation\"}");
        var refused = api.post("/api/v1/customers/" + id + "/points/adjustments", api.token("service"),
                "{\"points\": -41, \"reason\": \"correction\"}");
        assertProblem(refused, 409, "INSUFFICIENT_POINTS");
        assertThat(api.balance(id)).isEqualTo(40);
        api.assertLedgerConsistent(id);
    }

    @Test
    void points_earned_long_ago_expire_and_the_sweep_writes_expiry_entries(Api api) {
        String id = api.newCustomer();
        // earned in 2023: they lasted through 31 December 2025
        api.accrue(Api.uniqueId("T"), id, "DEPOSIT", "500.00", "2023-03-01T10:00:00+08:00");
        api.accrue(Api.uniqueId("T"), id, "CARD_SPEND", "10.00", NOW);
        var run = api.post("/api/v1/admin/points/expiry-runs", api.token("admin"), "");
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(api.balance(id)).isEqualTo(5);
        var newest = api.get("/api/v1/customers/" + id + "/points/entries", api.token("service")).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(newest).extracting(e -> e.getString("type")).contains("EXPIRY");
        var expiry = newest.stream().filter(e -> e.getString("type").equals("EXPIRY")).findFirst().orElseThrow();
        assertThat(expiry.getInt("points")).isEqualTo(-20);
        var again = api.post("/api/v1/admin/points/expiry-runs", api.token("admin"), "");
        assertThat(api.balance(id)).isEqualTo(5);
        assertThat(again.status()).isEqualTo(200);
        api.assertLedgerConsistent(id);
    }

    @Test
    void points_expiring_within_ninety_days_are_listed(Api api) {
        String id = api.newCustomer();
        // earned in 2024: they last through 31 December 2026 (Beijing time)
        api.accrue(Api.uniqueId("T"), id, "DEPOSIT", "500.00", "2024-06-01T10:00:00+08:00");
        api.accrue(Api.uniqueId("T"), id, "CARD_SPEND", "10.00", NOW);
        var points = api.get("/api/v1/customers/" + id + "/points", api.token("partner")).json();
        assertThat(points.getInt("balance")).isEqualTo(25);
        var soon = points.getJsonArray("expiringSoon").getValuesAs(JsonObject.class);
        assertThat(soon).hasSize(1);
        assertThat(soon.get(0).getInt("points")).isEqualTo(20);
        assertThat(soon.get(0).getString("expiresAt")).startsWith("2026-12-31T16:00");
    }
}
