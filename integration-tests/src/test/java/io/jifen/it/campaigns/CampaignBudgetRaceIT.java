package io.jifen.it.campaigns;

import static io.jifen.it.campaigns.Marketing.campaignPoints;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.Race;
import io.jifen.it.support.RunningServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A campaign's budget under concurrent accruals: it is spent to the last point and never past it. */
@ExtendWith(RunningServer.class)
class CampaignBudgetRaceIT {
    @Test
    void customers_treated_by_one_campaign_and_held_out_of_another_never_deadlock(Api api) throws Exception {
        var marketing = new Marketing(api);
        String segment = Marketing.uniqueSegment();
        Instant start = Instant.now().minus(Duration.ofHours(1));
        Instant end = Instant.now().plus(Duration.ofDays(1));
        List<String> ids = new ArrayList<>();
        for (int holdout : new int[] {50, 0}) {
            String id = marketing.draft("""
                    {"name": "Overlap %d %s", "kind": "FIXED_BONUS", "fixedBonus": 7, "activities": ["CARD_SPEND"],
                     "segments": ["%s"], "startsAt": "%s", "endsAt": "%s", "budget": 100000, "holdoutPercent": %d}"""
                    .formatted(holdout, segment, segment, start, end, holdout)).getString("id");
            marketing.approve(id);
            ids.add(id);
        }
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            customers.add(marketing.customerIn(segment));
        }
        String at = Instant.now().minusSeconds(30).toString();
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String customer = customers.get(i % 20);
            calls.add(() -> api.accrue(Api.uniqueId("T"), customer, "CARD_SPEND", "88.00", at));
        }

        List<Api.Response> answers = Race.run(calls);

        long bonuses = 0;
        for (Api.Response answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            bonuses += campaignPoints(answer.json());
        }
        long issued = 0;
        long participants = 0;
        for (String id : ids) {
            var results = marketing.results(id);
            issued += results.getInt("pointsIssued");
            participants += results.getInt("participants") + results.getInt("heldOut");
        }
        assertThat(issued).isEqualTo(bonuses);
        assertThat(participants).isEqualTo(2 * 20);
        customers.forEach(api::assertLedgerConsistent);
    }

    @Test
    void fifty_concurrent_accruals_never_issue_more_than_a_1000_point_budget(Api api) throws Exception {
        var marketing = new Marketing(api);
        String segment = Marketing.uniqueSegment();
        String id = marketing.draft("""
                {"name": "Race %s", "kind": "FIXED_BONUS", "fixedBonus": 30, "activities": ["CARD_SPEND"],
                 "segments": ["%s"], "startsAt": "%s", "endsAt": "%s", "budget": 1000, "holdoutPercent": 0}"""
                .formatted(segment, segment, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(1))))
                .getString("id");
        marketing.approve(id);
        // 25 customers, two purchases each: the race is on the budget row and on each customer's participation
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            customers.add(marketing.customerIn(segment));
        }
        String at = Instant.now().minusSeconds(30).toString();
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String customer = customers.get(i % 25);
            calls.add(() -> api.accrue(Api.uniqueId("T"), customer, "CARD_SPEND", "88.00", at));
        }

        List<Api.Response> answers = Race.run(calls);

        long awarded = 0;
        for (Api.Response answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            assertThat(answer.json().getInt("points")).isEqualTo(5 + campaignPoints(answer.json()));
            awarded += campaignPoints(answer.json());
        }
        // 50 × 30 points were asked for; the budget holds 1,000 of them, handed out whole until the last 10
        assertThat(awarded).isEqualTo(1_000);
        var results = marketing.results(id);
        assertThat(results.getInt("pointsIssued")).isEqualTo(1_000);
        assertThat(results.getInt("budgetLeft")).isZero();
        assertThat(results.getInt("participants")).isEqualTo(25);
        assertThat(results.getJsonObject("treated").getInt("transactions")).isEqualTo(50);
        long balances = 0;
        for (String customer : customers) {
            api.assertLedgerConsistent(customer);
            balances += api.balance(customer);
        }
        assertThat(balances).isEqualTo(50 * 5 + 1_000);
    }
}
