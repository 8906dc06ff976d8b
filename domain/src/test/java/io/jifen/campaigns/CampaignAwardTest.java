package io.jifen.campaigns;

import static io.jifen.campaigns.Campaigns.APR_1;
import static io.jifen.campaigns.Campaigns.MAR_1;
import static io.jifen.campaigns.Campaigns.MAR_15;
import static io.jifen.campaigns.Campaigns.approved;
import static io.jifen.campaigns.Campaigns.doublePoints;
import static io.jifen.campaigns.Campaigns.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.campaigns.Campaign.Fit;
import io.jifen.customers.StarLevel;
import io.jifen.points.Activity;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignAwardTest {
    private static Fit fit(Campaign c, Activity activity, java.time.Instant at) {
        return c.fitFor("CUST-1", activity, null, at, StarLevel.THREE_STARS, Set.of());
    }

    @Test
    void only_transactions_inside_the_window_start_inclusive_end_exclusive_fall_to_it() {
        Campaign campaign = approved(doublePoints());
        assertThat(fit(campaign, Activity.DEPOSIT, MAR_1.minusNanos(1000))).isEqualTo(Fit.NOT_ELIGIBLE);
        assertThat(fit(campaign, Activity.DEPOSIT, MAR_1)).isEqualTo(Fit.TREATED);
        assertThat(fit(campaign, Activity.DEPOSIT, APR_1.minusNanos(1000))).isEqualTo(Fit.TREATED);
        assertThat(fit(campaign, Activity.DEPOSIT, APR_1)).isEqualTo(Fit.NOT_ELIGIBLE);
    }

    @Test
    void only_its_activities_fall_to_it() {
        assertThat(fit(approved(doublePoints()), Activity.CARD_SPEND, MAR_15)).isEqualTo(Fit.NOT_ELIGIBLE);
    }

    @Test
    void drafts_pending_and_rejected_campaigns_award_nothing() {
        Campaign campaign = draft(doublePoints());
        assertThat(fit(campaign, Activity.DEPOSIT, MAR_15)).isEqualTo(Fit.NOT_ELIGIBLE);
        campaign.submit(Campaigns.FEB_20);
        assertThat(fit(campaign, Activity.DEPOSIT, MAR_15)).isEqualTo(Fit.NOT_ELIGIBLE);
        campaign.reject("bob", "no", Campaigns.FEB_20);
        assertThat(fit(campaign, Activity.DEPOSIT, MAR_15)).isEqualTo(Fit.NOT_ELIGIBLE);
    }

    @Test
    void a_stop_cuts_the_window_short_but_transactions_before_it_still_count() {
        Campaign campaign = approved(doublePoints());
        campaign.stop("bob", "enough", MAR_15);
        assertThat(fit(campaign, Activity.DEPOSIT, MAR_15.minusSeconds(1))).isEqualTo(Fit.TREATED);
        assertThat(fit(campaign, Activity.DEPOSIT, MAR_15)).isEqualTo(Fit.NOT_ELIGIBLE);
    }

    @Test
    void product_codes_star_levels_and_segments_narrow_the_audience() {
        Campaign campaign = approved(Campaigns.audience(Set.of("GOLD_TD"), Set.of(StarLevel.FIVE_STARS, StarLevel.SIX_STARS),
                Set.of("RETIREE", "HIGH_NET_WORTH")));
        assertThat(campaign.fitFor("C", Activity.DEPOSIT, "GOLD_TD", MAR_15, StarLevel.FIVE_STARS, Set.of("RETIREE")))
                .isEqualTo(Fit.TREATED);
        assertThat(campaign.fitFor("C", Activity.DEPOSIT, null, MAR_15, StarLevel.FIVE_STARS, Set.of("RETIREE")))
                .as("no product code").isEqualTo(Fit.NOT_ELIGIBLE);
        assertThat(campaign.fitFor("C", Activity.DEPOSIT, "OTHER", MAR_15, StarLevel.FIVE_STARS, Set.of("RETIREE")))
                .as("another product").isEqualTo(Fit.NOT_ELIGIBLE);
        assertThat(campaign.fitFor("C", Activity.DEPOSIT, "GOLD_TD", MAR_15, StarLevel.SEVEN_STARS, Set.of("RETIREE")))
                .as("a star level not chosen").isEqualTo(Fit.NOT_ELIGIBLE);
        assertThat(campaign.fitFor("C", Activity.DEPOSIT, "GOLD_TD", MAR_15, StarLevel.SIX_STARS, Set.of("YOUNG_PROFESSIONAL")))
                .as("no chosen segment").isEqualTo(Fit.NOT_ELIGIBLE);
        assertThat(campaign.fitFor("C", Activity.DEPOSIT, "GOLD_TD", MAR_15, StarLevel.SIX_STARS,
                Set.of("YOUNG_PROFESSIONAL", "HIGH_NET_WORTH"))).as("any chosen segment will do").isEqualTo(Fit.TREATED);
    }

    @Test
    void held_out_customers_are_eligible_but_marked_for_comparison() {
        Campaign campaign = approved(Campaigns.terms(BonusKind.MULTIPLIER, new BigDecimal("2"), null, 1_000, null, 50));
        long heldOut = 0;
        for (int i = 0; i < 1_000; i++) {
            Fit fit = campaign.fitFor("CUST-" + i, Activity.DEPOSIT, null, MAR_15, StarLevel.THREE_STARS, Set.of());
            assertThat(fit).isNotEqualTo(Fit.NOT_ELIGIBLE);
            if (fit == Fit.HELD_OUT) {
                heldOut++;
                assertThat(HoldOut.isHeldOut("C-1", "CUST-" + i, 50)).isTrue();
            }
        }
        assertThat(heldOut).isBetween(420L, 580L);
    }

    @Test
    void a_multiplier_adds_its_extra_rounded_down_and_a_fixed_bonus_is_per_transaction() {
        Campaign doubled = approved(doublePoints());
        assertThat(doubled.bonusFor(20)).isEqualTo(20);
        Campaign half = approved(Campaigns.terms(BonusKind.MULTIPLIER, new BigDecimal("1.5"), null, 1_000, null, 0));
        assertThat(half.bonusFor(15)).isEqualTo(7);
        assertThat(half.bonusFor(1)).isZero();
        Campaign fixed = approved(Campaigns.terms(BonusKind.FIXED_BONUS, null, 30L, 1_000, null, 0));
        assertThat(fixed.bonusFor(1)).isEqualTo(30);
        assertThat(fixed.bonusFor(500)).isEqualTo(30);
    }

    @Test
    void a_transaction_the_rules_gave_nothing_for_earns_no_bonus_either() {
        assertThat(approved(Campaigns.terms(BonusKind.FIXED_BONUS, null, 30L, 1_000, null, 0)).bonusFor(0)).isZero();
        assertThat(approved(doublePoints()).bonusFor(0)).isZero();
    }

    @Test
    void the_per_customer_cap_limits_what_one_customer_gets() {
        Campaign campaign = approved(Campaigns.terms(BonusKind.MULTIPLIER, new BigDecimal("2"), null, 1_000, 50L, 0));
        assertThat(campaign.awardable(20, 0)).isEqualTo(20);
        assertThat(campaign.awardable(20, 40)).isEqualTo(10);
        assertThat(campaign.awardable(20, 50)).isZero();
    }

    @Test
    void the_budget_is_spent_to_the_last_point_and_never_past_it() {
        Campaign campaign = approved(Campaigns.terms(BonusKind.FIXED_BONUS, null, 300L, 1_000, null, 0));
        long issued = 0;
        for (int i = 0; i < 5; i++) {
            long award = campaign.awardable(campaign.bonusFor(5), 0);
            campaign.recordIssued(award);
            issued += award;
        }
        assertThat(issued).isEqualTo(1_000);
        assertThat(campaign.pointsIssued()).isEqualTo(1_000);
        assertThat(campaign.budgetLeft()).isZero();
        assertThat(campaign.awardable(300, 0)).isZero();
        assertThatThrownBy(() -> campaign.recordIssued(1)).isInstanceOf(IllegalStateException.class);
    }
}
