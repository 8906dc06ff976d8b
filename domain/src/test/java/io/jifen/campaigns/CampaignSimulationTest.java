package io.jifen.campaigns;

import static io.jifen.campaigns.Campaigns.MAR_15;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.campaigns.CampaignSimulation.Audience;
import io.jifen.campaigns.CampaignSimulation.PastTransaction;
import io.jifen.customers.StarLevel;
import io.jifen.points.Activity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignSimulationTest {
    private static final Map<String, Audience> CUSTOMERS = Map.of(
            "A", new Audience(StarLevel.FIVE_STARS, Set.of("RETIREE")),
            "B", new Audience(StarLevel.THREE_STARS, Set.of()),
            "C", new Audience(StarLevel.SIX_STARS, Set.of("RETIREE")));

    private static PastTransaction txn(String customer, Activity activity, long rulePoints, int minute) {
        return new PastTransaction(customer, activity, null, new BigDecimal("500.00"), MAR_15.plusSeconds(60L * minute), rulePoints);
    }

    private static CampaignSimulation.Outcome simulate(Campaign campaign, List<PastTransaction> past) {
        return CampaignSimulation.simulate(campaign, past, id -> Optional.ofNullable(CUSTOMERS.get(id)));
    }

    @Test
    void it_sums_what_the_campaign_would_have_added_to_the_recorded_accruals() {
        Campaign campaign = Campaigns.draft(Campaigns.doublePoints());
        var outcome = simulate(campaign, List.of(txn("A", Activity.DEPOSIT, 20, 1), txn("B", Activity.DEPOSIT, 20, 2),
                txn("B", Activity.CARD_SPEND, 5, 3), txn("A", Activity.DEPOSIT, 40, 4)));
        assertThat(outcome.points()).isEqualTo(80);
        assertThat(outcome.customers()).isEqualTo(2);
        assertThat(outcome.transactions()).isEqualTo(3);
        assertThat(outcome.budgetRunsOut()).isFalse();
    }

    @Test
    void it_applies_the_audience_the_cap_and_the_budget_in_the_order_things_happened() {
        Campaign campaign = Campaigns.draft(new CampaignTerms("Retirees", null, BonusKind.FIXED_BONUS, null, 30L,
                Set.of(Activity.DEPOSIT), null, null, Set.of("RETIREE"), Campaigns.MAR_1, Campaigns.APR_1, 50L, 70, 0));
        var outcome = simulate(campaign, List.of(txn("A", Activity.DEPOSIT, 20, 1), txn("A", Activity.DEPOSIT, 20, 2),
                txn("B", Activity.DEPOSIT, 20, 3), txn("C", Activity.DEPOSIT, 20, 4), txn("C", Activity.DEPOSIT, 20, 5)));
        // A: 30 + 20 (cap 50); B is not a retiree; C: 20 left of the 70 budget
        assertThat(outcome.points()).isEqualTo(70);
        assertThat(outcome.customers()).isEqualTo(2);
        assertThat(outcome.budgetRunsOut()).isTrue();
    }

    @Test
    void held_out_customers_would_have_got_nothing_and_unknown_customers_are_skipped() {
        Campaign campaign = Campaigns.draft(Campaigns.terms(BonusKind.FIXED_BONUS, null, 10L, 1_000, null, 50));
        List<PastTransaction> past = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            past.add(new PastTransaction("X" + i, Activity.DEPOSIT, null, BigDecimal.TEN, MAR_15, 20));
        }
        past.add(txn("nobody", Activity.DEPOSIT, 20, 1));
        var outcome = CampaignSimulation.simulate(campaign, past, id -> id.equals("nobody") ? Optional.empty()
                : Optional.of(new Audience(StarLevel.THREE_STARS, Set.of())));
        long treated = past.stream().filter(t -> t.customerId().startsWith("X"))
                .filter(t -> !HoldOut.isHeldOut("C-1", t.customerId(), 50)).count();
        assertThat(outcome.customers()).isEqualTo(treated);
        assertThat(outcome.heldOutCustomers()).isEqualTo(100 - treated);
        assertThat(outcome.points()).isEqualTo(10 * treated);
    }
}
