package io.jifen.it.campaigns;

import static io.jifen.it.campaigns.Marketing.CAMPAIGNS;
import static io.jifen.it.campaigns.Marketing.campaignPoints;
import static io.jifen.it.campaigns.Marketing.expect;
import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
class CampaignIT {
    private static JsonObject deposit(Api api, String customer, Instant at) {
        var answer = api.accrue(Api.uniqueId("T"), customer, "DEPOSIT", "500.00", at.toString());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    @Test
    void double_points_change_accruals_inside_the_window_only(Api api) {
        var marketing = new Marketing(api);
        String segment = Marketing.uniqueSegment();
        String customer = marketing.customerIn(segment);
        String outsider = marketing.customerIn(Marketing.uniqueSegment());
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        // the window closes two minutes from now: an accrual may be dated up to five minutes ahead
        Instant end = Instant.now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
        String id = marketing.approvedDoublePoints(segment, start, end, 10_000, 0);

        JsonObject before = deposit(api, customer, start.minusSeconds(1));
        JsonObject atStart = deposit(api, customer, start);
        JsonObject inside = deposit(api, customer, Instant.now().minusSeconds(5));
        JsonObject lastMoment = deposit(api, customer, end.minusMillis(1));
        JsonObject atEnd = deposit(api, customer, end);
        JsonObject notInSegment = deposit(api, outsider, Instant.now().minusSeconds(5));

        assertThat(before.getInt("points")).isEqualTo(20);
        assertThat(campaignPoints(before)).isZero();
        for (JsonObject doubled : List.of(atStart, inside, lastMoment)) {
            assertThat(doubled.getInt("points")).as(doubled.toString()).isEqualTo(40);
            assertThat(doubled.getJsonArray("breakdown").getJsonObject(1).getString("campaign")).isEqualTo("Double " + segment);
            assertThat(campaignPoints(doubled)).isEqualTo(20);
        }
        assertThat(atEnd.getInt("points")).as("the end is exclusive").isEqualTo(20);
        assertThat(notInSegment.getInt("points")).isEqualTo(20);
        assertThat(api.balance(customer)).isEqualTo(20 + 40 * 3 + 20);
        api.assertLedgerConsistent(customer);

        var results = marketing.results(id);
        assertThat(results.getInt("participants")).isEqualTo(1);
        assertThat(results.getInt("pointsIssued")).isEqualTo(60);
        assertThat(results.getInt("budgetLeft")).isEqualTo(10_000 - 60);
        assertThat(results.getString("cost")).isEqualTo("0.60");
        assertThat(results.getJsonObject("treated").getInt("transactions")).isEqualTo(3);
        assertThat(marketing.campaign(id).getString("status")).isEqualTo("RUNNING");
    }

    @Test
    void the_creator_cannot_approve_or_reject_their_own_campaign(Api api) {
        var marketing = new Marketing(api);
        String segment = Marketing.uniqueSegment();
        String id = marketing.draftDoublePoints(segment, Instant.now(), Instant.now().plus(Duration.ofDays(7)), 1_000, 10)
                .getString("id");
        assertProblem(api.post(CAMPAIGNS + "/" + id + "/approve", marketing.bob, "{}"), 409, "INVALID_STATE");
        expect(api.post(CAMPAIGNS + "/" + id + "/submit", marketing.alice, "{}"), 200);

        var own = api.post(CAMPAIGNS + "/" + id + "/approve", marketing.alice, "{}");
        assertProblem(own, 409, "INVALID_STATE");
        assertThat(own.body()).contains("FOUR_EYES");
        assertProblem(api.post(CAMPAIGNS + "/" + id + "/reject", marketing.alice, "{\"reason\": \"mine\"}"), 409, "INVALID_STATE");
        assertThat(marketing.campaign(id).getString("status")).isEqualTo("PENDING_APPROVAL");

        var approved = expect(api.post(CAMPAIGNS + "/" + id + "/approve", marketing.bob, "{\"note\": \"ok\"}"), 200).json();
        assertThat(approved.getString("status")).isEqualTo("RUNNING");
        assertThat(approved.getString("createdBy")).isEqualTo("it-alice");
        assertThat(approved.getString("decidedBy")).isEqualTo("it-bob");
    }

    @Test
    void a_rejected_campaign_never_awards_and_a_stopped_one_stops_awarding(Api api) {
        var marketing = new Marketing(api);
        String segment = Marketing.uniqueSegment();
        String customer = marketing.customerIn(segment);
        Instant start = Instant.now().minus(Duration.ofHours(1));
        String rejected = marketing.draft("""
                {"name": "Rejected %s", "kind": "FIXED_BONUS", "fixedBonus": 100, "segments": ["%s"],
                 "startsAt": "%s", "endsAt": "%s", "budget": 1000, "holdoutPercent": 0}"""
                .formatted(segment, segment, start, Instant.now().plus(Duration.ofDays(1)))).getString("id");
        expect(api.post(CAMPAIGNS + "/" + rejected + "/submit", marketing.alice, "{}"), 200);
        assertProblem(api.post(CAMPAIGNS + "/" + rejected + "/reject", marketing.bob, "{}"), 400, "VALIDATION_FAILED");
        expect(api.post(CAMPAIGNS + "/" + rejected + "/reject", marketing.bob, "{\"reason\": \"too generous\"}"), 200);

        String id = marketing.approvedDoublePoints(segment, start, Instant.now().plus(Duration.ofDays(1)), 1_000, 0);
        assertThat(deposit(api, customer, Instant.now().minusSeconds(30)).getInt("points")).isEqualTo(40);

        var stopped = expect(api.post(CAMPAIGNS + "/" + id + "/stop", marketing.bob, "{\"reason\": \"product withdrawn\"}"), 200).json();
        assertThat(stopped.getString("status")).isEqualTo("STOPPED");
        assertThat(deposit(api, customer, Instant.now()).getInt("points")).isEqualTo(20);
        assertProblem(api.post(CAMPAIGNS + "/" + id + "/stop", marketing.bob, "{\"reason\": \"again\"}"), 409, "INVALID_STATE");
        assertThat(marketing.results(id).getInt("pointsIssued")).isEqualTo(20);
        assertThat(marketing.results(rejected).getInt("pointsIssued")).isZero();
    }

    @Test
    void a_reversal_takes_the_bonus_back_returns_it_to_the_budget_and_leaves_the_results(Api api) {
        var marketing = new Marketing(api);
        String segment = Marketing.uniqueSegment();
        String customer = marketing.customerIn(segment);
        String id = marketing.approvedDoublePoints(segment, Instant.now().minus(Duration.ofHours(1)),
                Instant.now().plus(Duration.ofDays(1)), 1_000, 0);
        String kept = Api.uniqueId("T");
        String reversed = Api.uniqueId("T");
        String at = Instant.now().minusSeconds(20).toString();
        assertThat(api.accrue(kept, customer, "DEPOSIT", "500.00", at).json().getInt("points")).isEqualTo(40);
        assertThat(api.accrue(reversed, customer, "DEPOSIT", "800.00", at).json().getInt("points")).isEqualTo(40);
        assertThat(marketing.results(id).getInt("pointsIssued")).isEqualTo(40);

        expect(api.post("/api/v1/accruals/" + reversed + "/reversal", api.token("core-banking"), "{}"), 201);
        expect(api.post("/api/v1/accruals/" + reversed + "/reversal", api.token("core-banking"), "{}"), 200);

        assertThat(api.balance(customer)).isEqualTo(40);
        var results = marketing.results(id);
        assertThat(results.getInt("pointsIssued")).isEqualTo(20);
        assertThat(results.getInt("budgetLeft")).isEqualTo(980);
        assertThat(results.getJsonObject("treated").getInt("transactions")).isEqualTo(1);
        assertThat(results.getJsonObject("treated").getString("amount")).isEqualTo("500.00");
        assertThat(results.getJsonObject("treated").getString("transactionsPerCustomer")).isEqualTo("1.00");

        // a customer whose every transaction was reversed took no part
        expect(api.post("/api/v1/accruals/" + kept + "/reversal", api.token("core-banking"), "{}"), 201);
        var none = marketing.results(id);
        assertThat(none.getInt("participants")).isZero();
        assertThat(none.getInt("pointsIssued")).isZero();
        assertThat(none.getInt("budgetLeft")).isEqualTo(1_000);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void held_out_customers_get_nothing_and_are_compared_in_the_results(Api api) {
        var marketing = new Marketing(api);
        String segment = Marketing.uniqueSegment();
        String id = marketing.approvedDoublePoints(segment, Instant.now().minus(Duration.ofHours(1)),
                Instant.now().plus(Duration.ofDays(1)), 100_000, 50);
        long doubled = 0;
        long plain = 0;
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String customer = marketing.customerIn(segment);
            customers.add(customer);
            var accrual = deposit(api, customer, Instant.now().minusSeconds(10));
            if (campaignPoints(accrual) == 20) {
                doubled++;
            } else {
                assertThat(accrual.getInt("points")).isEqualTo(20);
                plain++;
            }
            // the split is stable: the same customer lands on the same side again
            assertThat(campaignPoints(deposit(api, customer, Instant.now().minusSeconds(5)))).isEqualTo(campaignPoints(accrual));
        }
        var results = marketing.results(id);
        assertThat(results.getInt("participants")).isEqualTo(doubled);
        assertThat(results.getInt("heldOut")).isEqualTo(plain);
        assertThat(results.getJsonObject("heldOutGroup").getInt("transactions")).isEqualTo(2 * plain);
        assertThat(results.getInt("pointsIssued")).isEqualTo(40 * doubled);
        // with 16 customers at 50 %, both groups are all but certain to have members (1 - 2^-15)
        assertThat(plain).isPositive();
        assertThat(doubled).isPositive();
        assertThat(results.getString("transactionUpliftPercent")).isEqualTo("0.0");
        customers.forEach(api::assertLedgerConsistent);
    }

    @Test
    void a_fixed_bonus_goes_only_to_transactions_the_rules_reward(Api api) {
        var marketing = new Marketing(api);
        String segment = Marketing.uniqueSegment();
        String customer = marketing.customerIn(segment);
        String id = marketing.draft("""
                {"name": "Bonus %s", "kind": "FIXED_BONUS", "fixedBonus": 50, "activities": ["DEPOSIT"],
                 "segments": ["%s"], "startsAt": "%s", "endsAt": "%s", "budget": 1000, "holdoutPercent": 0}"""
                .formatted(segment, segment, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(1))))
                .getString("id");
        marketing.approve(id);
        String at = Instant.now().minusSeconds(5).toString();
        // the deposit rule needs 100 yuan: a 50-yuan deposit earns nothing, so no bonus either
        var small = api.accrue(Api.uniqueId("T"), customer, "DEPOSIT", "50.00", at).json();
        assertThat(small.getInt("points")).isZero();
        var qualifying = api.accrue(Api.uniqueId("T"), customer, "DEPOSIT", "100.00", at).json();
        assertThat(qualifying.getInt("points")).isEqualTo(20 + 50);
        assertThat(marketing.results(id).getInt("pointsIssued")).isEqualTo(50);
    }

    @Test
    void a_simulation_replays_the_last_30_days_of_accruals(Api api) {
        var marketing = new Marketing(api);
        String segment = Marketing.uniqueSegment();
        String a = marketing.customerIn(segment);
        String b = marketing.customerIn(segment);
        deposit(api, a, Instant.now().minus(Duration.ofDays(3)));
        deposit(api, a, Instant.now().minus(Duration.ofDays(2)));
        deposit(api, b, Instant.now().minus(Duration.ofDays(1)));
        deposit(api, b, Instant.now().minus(Duration.ofDays(40)));
        api.accrue(Api.uniqueId("T"), b, "CARD_SPEND", "99.00", Instant.now().minus(Duration.ofDays(1)).toString());
        String id = marketing.draftDoublePoints(segment, Instant.now().plus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(8)), 50, 0).getString("id");

        var simulation = expect(api.get(CAMPAIGNS + "/" + id + "/simulation", marketing.bob), 200).json();
        // three deposits of 20 points in 30 days would each have doubled; the 50-point budget stops the third at 10
        assertThat(simulation.getInt("points")).isEqualTo(50);
        assertThat(simulation.getInt("customers")).isEqualTo(2);
        assertThat(simulation.getBoolean("budgetRunsOut")).isTrue();
        assertThat(marketing.campaign(id).getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void bad_terms_are_refused_and_nothing_is_written(Api api) {
        var marketing = new Marketing(api);
        long before = expect(api.get(CAMPAIGNS + "?size=1", marketing.bob), 200).json().getInt("total");
        Instant now = Instant.now();
        assertProblem(api.post(CAMPAIGNS, marketing.alice, """
                {"name": "x", "kind": "MULTIPLIER", "multiplier": "1", "startsAt": "%s", "endsAt": "%s", "budget": 10}"""
                .formatted(now, now.plusSeconds(60))), 400, "VALIDATION_FAILED");
        assertProblem(api.post(CAMPAIGNS, marketing.alice, """
                {"name": "x", "kind": "FIXED_BONUS", "fixedBonus": 5, "startsAt": "%s", "endsAt": "%s", "budget": 10}"""
                .formatted(now, now.minusSeconds(60))), 400, "VALIDATION_FAILED");
        assertProblem(api.post(CAMPAIGNS, marketing.alice, """
                {"name": "x", "kind": "FIXED_BONUS", "fixedBonus": 5, "startsAt": "%s", "endsAt": "%s", "budget": 0}"""
                .formatted(now, now.plusSeconds(60))), 400, "VALIDATION_FAILED");
        assertProblem(api.post(CAMPAIGNS, marketing.alice, """
                {"name": "x", "kind": "FIXED_BONUS", "fixedBonus": 5, "starLevels": [2], "startsAt": "%s", "endsAt": "%s", "budget": 9}"""
                .formatted(now, now.plusSeconds(60))), 400, "VALIDATION_FAILED");
        assertProblem(api.post(CAMPAIGNS, marketing.alice, """
                {"name": "x", "kind": "TRIPLE", "startsAt": "%s", "endsAt": "%s", "budget": 9}"""
                .formatted(now, now.plusSeconds(60))), 400, "VALIDATION_FAILED");
        assertThat(expect(api.get(CAMPAIGNS + "?size=1", marketing.bob), 200).json().getInt("total")).isEqualTo(before);
        assertProblem(api.get(CAMPAIGNS + "/C-nonexistent", marketing.bob), 404, "NOT_FOUND");
    }

    @Test
    void only_marketing_and_admin_run_campaigns(Api api) {
        assertProblem(api.post(CAMPAIGNS, api.token("partner"), "{}"), 403, "FORBIDDEN");
        assertProblem(api.post(CAMPAIGNS, api.token("procurement"), "{}"), 403, "FORBIDDEN");
        assertThat(api.get(CAMPAIGNS, api.token("auditor")).status()).isEqualTo(200);
    }
}
