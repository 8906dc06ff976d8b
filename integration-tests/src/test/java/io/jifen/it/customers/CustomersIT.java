package io.jifen.it.customers;

import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
class CustomersIT {

    @Test
    void core_banking_creates_then_replaces_a_customer(Api api) {
        String id = Api.uniqueId("C");
        var created = api.put("/api/v1/customers/" + id, api.token("core-banking"), """
                {"name": "李雷", "phone": "13900001111", "status": "ACTIVE", "blacklisted": false,
                 "riskLevel": "LOW", "creditRating": "AAA", "holdings": ["GOLD_CREDIT_CARD"]}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getInt("contributionStarLevel")).isZero();
        assertThat(created.json().getInt("serviceStarLevel")).as("gold card floor").isEqualTo(5);

        var replaced = api.put("/api/v1/customers/" + id, api.token("core-banking"), """
                {"name": "李雷", "phone": "13900001111", "status": "DORMANT", "riskLevel": "HIGH",
                 "creditRating": "B", "holdings": []}""");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().getString("status")).isEqualTo("DORMANT");
        assertThat(replaced.json().getInt("serviceStarLevel")).isZero();

        var read = api.get("/api/v1/customers/" + id, api.token("service"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("riskLevel")).isEqualTo("HIGH");
        assertThat(read.json().getString("name")).isEqualTo("李雷");
    }

    @Test
    void partners_see_name_and_phone_masked(Api api) {
        String id = api.newCustomer();
        var seen = api.get("/api/v1/customers/" + id, api.token("partner"));
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().getString("name")).isEqualTo("王*");
        assertThat(seen.json().getString("phone")).isEqualTo("138****5678");
    }

    @Test
    void star_figures_set_the_contribution_level_and_show_where_star_points_come_from(Api api) {
        String id = api.newCustomer();
        // 100,000 yuan of demand deposits → 1,350; 30,000 yuan of card purchases → 1,200: 2,550 star points, 5 stars
        var answer = api.put("/api/v1/customers/" + id + "/star-figures", api.token("core-banking"), """
                {"periodEnd": "2026-10-31", "components": [
                   {"component": "SHORT_TERM_ASSETS", "amount": "100000.00"},
                   {"component": "CARD_PURCHASES", "amount": "30000"}]}""");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonObject customer = answer.json();
        assertThat(customer.getJsonNumber("starPoints").longValue()).isEqualTo(2_550);
        assertThat(customer.getInt("contributionStarLevel")).isEqualTo(5);
        assertThat(customer.getInt("serviceStarLevel")).isEqualTo(5);
        assertThat(customer.getJsonArray("starPointComponents")).hasSize(2);
        var cardLine = customer.getJsonArray("starPointComponents").getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getString("component").equals("CARD_PURCHASES")).findFirst().orElseThrow();
        assertThat(cardLine.getJsonNumber("starPoints").longValue()).isEqualTo(1_200);
        assertThat(cardLine.getString("amount")).isEqualTo("30000.00");
    }

    @Test
    void a_manual_override_raises_the_service_level_until_its_end_date(Api api) {
        String id = api.newCustomer();
        var override = api.put("/api/v1/customers/" + id + "/service-level-override", api.token("service"), """
                {"level": 6, "reason": "VIP retention case 88", "until": "%s"}""".formatted(LocalDate.now().plusMonths(3)));
        assertThat(override.status()).as(override.toString()).isEqualTo(200);
        assertThat(override.json().getInt("serviceStarLevel")).isEqualTo(6);
        assertThat(override.json().getInt("contributionStarLevel")).isZero();
        assertThat(override.json().getJsonObject("serviceStarLevelBasis").getString("basis")).isEqualTo("MANUAL_OVERRIDE");

        var ended = api.delete("/api/v1/customers/" + id + "/service-level-override", api.token("service"));
        assertThat(ended.json().getInt("serviceStarLevel")).isZero();
    }

    @Test
    void an_override_needs_a_reason(Api api) {
        String id = api.newCustomer();
        var refused = api.put("/api/v1/customers/" + id + "/service-level-override", api.token("service"), """
                {"level": 6, "until": "%s"}""".formatted(LocalDate.now().plusMonths(3)));
        assertProblem(refused, 400, "VALIDATION_FAILED");
        assertThat(refused.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("reason");
    }

    @Test
    void an_unknown_customer_is_404(Api api) {
        assertProblem(api.get("/api/v1/customers/nobody-here", api.token("service")), 404, "NOT_FOUND");
    }

    @Test
    void bad_master_data_is_refused_field_by_field_and_nothing_is_written(Api api) {
        String id = Api.uniqueId("C");
        var refused = api.put("/api/v1/customers/" + id, api.token("core-banking"), """
                {"name": "", "status": "ACTIVE", "riskLevel": "LOW", "creditRating": "AA"}""");
        assertProblem(refused, 400, "VALIDATION_FAILED");
        assertThat(refused.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("name");
        assertProblem(api.get("/api/v1/customers/" + id, api.token("service")), 404, "NOT_FOUND");
    }

    @Test
    void an_unknown_enum_value_is_400(Api api) {
        var refused = api.put("/api/v1/customers/" + Api.uniqueId("C"), api.token("core-banking"), """
                {"name": "A", "status": "ASLEEP", "riskLevel": "LOW", "creditRating": "AA"}""");
        assertProblem(refused, 400, "VALIDATION_FAILED");
    }

    @Test
    void partners_may_not_write_customers(Api api) {
        var refused = api.put("/api/v1/customers/" + Api.uniqueId("C"), api.token("partner"), """
                {"name": "A", "status": "ACTIVE", "riskLevel": "LOW", "creditRating": "AA"}""");
        assertProblem(refused, 403, "FORBIDDEN");
    }
}
