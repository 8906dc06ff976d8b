package io.jifen.orders;

import static io.jifen.orders.RedemptionRequests.OTHER_PARTNER;
import static io.jifen.orders.RedemptionRequests.PARTNER;
import static io.jifen.orders.RedemptionRequests.TODAY;
import static io.jifen.orders.RedemptionRequests.aCustomer;
import static io.jifen.orders.RedemptionRequests.aGift;
import static io.jifen.orders.RedemptionRequests.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.catalog.Channel;
import io.jifen.customers.CreditRating;
import io.jifen.customers.CustomerStatus;
import io.jifen.customers.ProductHolding;
import io.jifen.customers.RiskLevel;
import io.jifen.customers.StarLevel;
import io.jifen.customers.StarPointComponent;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EligibilityTest {
    private final Eligibility eligibility = new Eligibility(RedemptionPolicy.DEFAULT);

    @Test
    void an_eligible_request_gives_no_reasons() {
        assertThat(eligibility.check(aRequest().build())).isEmpty();
    }

    @Test
    void several_failures_are_all_reported_together() {
        var request = aRequest()
                .customer(aCustomer().blacklisted().status(CustomerStatus.DORMANT).creditRating(CreditRating.B))
                .gift(aGift().price(500).minCreditRating(CreditRating.AA).partners(OTHER_PARTNER).retired())
                .balance(400)
                .stockAvailable(0)
                .build();

        assertThat(eligibility.check(request)).containsExactlyInAnyOrder(
                Ineligibility.GIFT_RETIRED, Ineligibility.NOT_OFFERED_BY_PARTNER, Ineligibility.BLACKLISTED,
                Ineligibility.DORMANT, Ineligibility.CREDIT_RATING_TOO_LOW, Ineligibility.INSUFFICIENT_POINTS,
                Ineligibility.OUT_OF_STOCK);
    }

    @Test
    void every_rule_failing_at_once_gives_every_reason_once() {
        var request = aRequest()
                .customer(aCustomer().blacklisted().status(CustomerStatus.CLOSED).creditRating(CreditRating.C)
                        .riskLevel(RiskLevel.HIGH))
                .gift(aGift().price(100).minCreditRating(CreditRating.AAA).minStarLevel(StarLevel.SEVEN_STARS)
                        .channels(Channel.COURIER).partners(OTHER_PARTNER).retired())
                .channel(Channel.BRANCH_PICKUP)
                .balance(5)
                .stockAvailable(0)
                .build();

        // DORMANT and CLOSED exclude each other: a customer has one status
        assertThat(eligibility.check(request)).containsExactlyInAnyOrder(
                Ineligibility.GIFT_RETIRED, Ineligibility.NOT_OFFERED_BY_PARTNER, Ineligibility.CHANNEL_NOT_AVAILABLE,
                Ineligibility.BLACKLISTED, Ineligibility.CLOSED, Ineligibility.CREDIT_RATING_TOO_LOW,
                Ineligibility.STAR_LEVEL_TOO_LOW, Ineligibility.MONTHLY_QUOTA_EXCEEDED,
                Ineligibility.BELOW_MINIMUM_BALANCE, Ineligibility.INSUFFICIENT_POINTS, Ineligibility.OUT_OF_STOCK);
    }

    @Nested
    class Points {
        @Test
        void a_balance_below_the_default_minimum_of_10_is_refused_even_for_a_cheaper_gift() {
            var request = aRequest().gift(aGift().price(5)).balance(9).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.BELOW_MINIMUM_BALANCE);
        }

        @Test
        void a_balance_of_exactly_the_minimum_may_redeem_a_gift_it_covers() {
            var request = aRequest().gift(aGift().price(10)).balance(10).build();

            assertThat(eligibility.check(request)).isEmpty();
        }

        @Test
        void a_configured_minimum_balance_replaces_the_default() {
            var strict = new Eligibility(new RedemptionPolicy(io.jifen.shared.Points.of(500), RedemptionPolicy.DEFAULT.monthlyQuota()));
            var request = aRequest().gift(aGift().price(100)).balance(499).build();

            assertThat(strict.check(request)).containsExactly(Ineligibility.BELOW_MINIMUM_BALANCE);
        }

        @Test
        void a_balance_below_the_price_is_refused_with_insufficient_points() {
            var request = aRequest().gift(aGift().price(100)).balance(99).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.INSUFFICIENT_POINTS);
        }

        @Test
        void a_balance_equal_to_the_price_is_enough() {
            var request = aRequest().gift(aGift().price(100)).balance(100).build();

            assertThat(eligibility.check(request)).isEmpty();
        }

        @Test
        void a_balance_covering_one_unit_but_not_price_times_quantity_is_refused() {
            var request = aRequest().gift(aGift().price(100)).quantity(3).balance(299).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.INSUFFICIENT_POINTS);
        }

        @Test
        void a_balance_of_exactly_price_times_quantity_is_enough() {
            var request = aRequest().gift(aGift().price(100)).quantity(3).balance(300).build();

            assertThat(eligibility.check(request)).isEmpty();
        }

        @Test
        void the_request_price_is_the_gift_price_times_the_quantity() {
            assertThat(aRequest().gift(aGift().price(120)).quantity(4).build().price().value()).isEqualTo(480);
        }

        @Test
        void a_balance_below_both_the_minimum_and_the_price_gives_both_reasons() {
            var request = aRequest().gift(aGift().price(100)).balance(3).build();

            assertThat(eligibility.check(request)).containsExactlyInAnyOrder(
                    Ineligibility.BELOW_MINIMUM_BALANCE, Ineligibility.INSUFFICIENT_POINTS);
        }
    }

    @Nested
    class CustomerStanding {
        @Test
        void a_blacklisted_customer_is_refused() {
            var request = aRequest().customer(aCustomer().blacklisted()).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.BLACKLISTED);
        }

        @Test
        void a_dormant_customer_is_refused() {
            var request = aRequest().customer(aCustomer().status(CustomerStatus.DORMANT)).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.DORMANT);
        }

        @Test
        void a_closed_customer_is_refused() {
            var request = aRequest().customer(aCustomer().status(CustomerStatus.CLOSED)).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.CLOSED);
        }
    }

    @Nested
    class CreditRatingRule {
        @Test
        void a_customer_rated_below_the_gifts_minimum_rating_is_refused() {
            var request = aRequest().customer(aCustomer().creditRating(CreditRating.A))
                    .gift(aGift().minCreditRating(CreditRating.AA)).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.CREDIT_RATING_TOO_LOW);
        }

        @ParameterizedTest
        @EnumSource(value = CreditRating.class, names = {"AAA", "AA"})
        void a_customer_rated_at_or_above_the_gifts_minimum_rating_may_redeem(CreditRating rating) {
            var request = aRequest().customer(aCustomer().creditRating(rating))
                    .gift(aGift().minCreditRating(CreditRating.AA)).build();

            assertThat(eligibility.check(request)).isEmpty();
        }

        @Test
        void a_gift_requiring_no_rating_accepts_the_lowest_rating() {
            var request = aRequest().customer(aCustomer().creditRating(CreditRating.C))
                    .gift(aGift().minCreditRating(null)).build();

            assertThat(eligibility.check(request)).isEmpty();
        }
    }

    @Nested
    class StarLevelRule {
        @Test
        void an_unrated_customer_without_holdings_is_refused_a_five_star_gift() {
            var request = aRequest().customer(aCustomer()).gift(aGift().minStarLevel(StarLevel.FIVE_STARS)).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.STAR_LEVEL_TOO_LOW);
        }

        @Test
        void a_gold_credit_card_raises_a_customer_without_contribution_to_five_stars_so_a_five_star_gift_is_allowed() {
            var request = aRequest().customer(aCustomer().holding(ProductHolding.GOLD_CREDIT_CARD))
                    .gift(aGift().minStarLevel(StarLevel.FIVE_STARS)).build();
            assertThat(request.customer().contributionStarLevel()).isEqualTo(StarLevel.UNRATED);

            assertThat(eligibility.check(request)).isEmpty();
        }

        @Test
        void a_gold_credit_card_does_not_reach_a_six_star_gift() {
            var request = aRequest().customer(aCustomer().holding(ProductHolding.GOLD_CREDIT_CARD))
                    .gift(aGift().minStarLevel(StarLevel.SIX_STARS)).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.STAR_LEVEL_TOO_LOW);
        }

        @Test
        void a_contribution_level_reaching_the_gifts_minimum_is_enough() {
            var request = aRequest().gift(aGift().minStarLevel(StarLevel.FIVE_STARS)).build();
            // 50,000 yuan of card purchases at 400 star points per 10,000 yuan: 2,000 star points, five stars
            request.customer().reportStarFigures(Map.of(StarPointComponent.CARD_PURCHASES, new BigDecimal("50000")),
                    TODAY.minusMonths(1), RedemptionRequests.REGISTERED);

            assertThat(eligibility.check(request)).isEmpty();
        }

        @Test
        void a_manual_override_in_force_on_the_requests_day_counts() {
            var request = aRequest().customer(aCustomer().override(StarLevel.SIX_STARS, TODAY))
                    .gift(aGift().minStarLevel(StarLevel.SIX_STARS)).today(TODAY).build();

            assertThat(eligibility.check(request)).isEmpty();
        }

        @Test
        void a_manual_override_that_ended_before_the_requests_day_does_not_count() {
            var request = aRequest().customer(aCustomer().override(StarLevel.SIX_STARS, TODAY))
                    .gift(aGift().minStarLevel(StarLevel.SIX_STARS)).today(TODAY.plusDays(1)).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.STAR_LEVEL_TOO_LOW);
        }

        @Test
        void a_gift_without_a_minimum_level_is_open_to_unrated_customers() {
            var request = aRequest().gift(aGift().minStarLevel(null)).build();

            assertThat(eligibility.check(request)).isEmpty();
        }
    }

    @Nested
    class MonthlyQuota {
        @Test
        void a_low_risk_customer_may_reach_exactly_200_000_points_in_the_month() {
            var request = aRequest().customer(aCustomer().riskLevel(RiskLevel.LOW))
                    .gift(aGift().price(100)).redeemedThisMonth(199_900).build();

            assertThat(eligibility.check(request)).isEmpty();
        }

        @Test
        void a_low_risk_customer_is_refused_one_point_over_200_000() {
            var request = aRequest().customer(aCustomer().riskLevel(RiskLevel.LOW))
                    .gift(aGift().price(100)).redeemedThisMonth(199_901).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.MONTHLY_QUOTA_EXCEEDED);
        }

        @Test
        void a_medium_risk_customer_is_refused_when_49_990_redeemed_plus_a_price_of_20_passes_50_000() {
            var request = aRequest().customer(aCustomer().riskLevel(RiskLevel.MEDIUM))
                    .gift(aGift().price(20)).redeemedThisMonth(49_990).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.MONTHLY_QUOTA_EXCEEDED);
        }

        @Test
        void a_medium_risk_customer_may_reach_exactly_50_000_points_in_the_month() {
            var request = aRequest().customer(aCustomer().riskLevel(RiskLevel.MEDIUM))
                    .gift(aGift().price(20)).redeemedThisMonth(49_980).build();

            assertThat(eligibility.check(request)).isEmpty();
        }

        @Test
        void the_quota_counts_the_price_times_the_quantity() {
            var request = aRequest().customer(aCustomer().riskLevel(RiskLevel.MEDIUM))
                    .gift(aGift().price(20)).quantity(3).redeemedThisMonth(49_950).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.MONTHLY_QUOTA_EXCEEDED);
        }

        @Test
        void a_high_risk_customer_is_refused_any_redemption() {
            var request = aRequest().customer(aCustomer().riskLevel(RiskLevel.HIGH))
                    .gift(aGift().price(10)).redeemedThisMonth(0).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.MONTHLY_QUOTA_EXCEEDED);
        }

        @Test
        void configured_quotas_replace_the_defaults() {
            var generous = new Eligibility(new RedemptionPolicy(io.jifen.shared.Points.of(10),
                    Map.of(RiskLevel.LOW, io.jifen.shared.Points.of(200_000), RiskLevel.MEDIUM, io.jifen.shared.Points.of(50_000),
                            RiskLevel.HIGH, io.jifen.shared.Points.of(1_000))));
            var request = aRequest().customer(aCustomer().riskLevel(RiskLevel.HIGH))
                    .gift(aGift().price(100)).redeemedThisMonth(900).build();

            assertThat(generous.check(request)).isEmpty();
        }
    }

    @Nested
    class Stock {
        @Test
        void less_stock_than_the_quantity_is_refused() {
            var request = aRequest().quantity(3).stockAvailable(2).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.OUT_OF_STOCK);
        }

        @Test
        void no_stock_at_all_is_refused() {
            var request = aRequest().quantity(1).stockAvailable(0).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.OUT_OF_STOCK);
        }

        @Test
        void stock_of_exactly_the_quantity_is_enough() {
            var request = aRequest().quantity(3).stockAvailable(3).build();

            assertThat(eligibility.check(request)).isEmpty();
        }
    }

    @Nested
    class PartnerAndChannel {
        @Test
        void a_gift_naming_other_partners_is_not_offered_by_this_one() {
            var request = aRequest().gift(aGift().partners(OTHER_PARTNER)).partner(PARTNER).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.NOT_OFFERED_BY_PARTNER);
        }

        @Test
        void a_gift_naming_this_partner_among_others_is_offered_by_it() {
            var request = aRequest().gift(aGift().partners(OTHER_PARTNER, PARTNER)).partner(PARTNER).build();

            assertThat(eligibility.check(request)).isEmpty();
        }

        @Test
        void a_gift_naming_no_partners_is_offered_by_every_partner() {
            var request = aRequest().gift(aGift().partners()).partner("branch-kiosk").build();

            assertThat(eligibility.check(request)).isEmpty();
        }

        @Test
        void a_gift_naming_partners_is_not_offered_when_no_partner_is_given() {
            var request = aRequest().gift(aGift().partners(PARTNER)).partner(null).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.NOT_OFFERED_BY_PARTNER);
        }

        @Test
        void a_channel_the_gift_is_not_delivered_through_is_refused() {
            var request = aRequest().gift(aGift().channels(Channel.COURIER)).channel(Channel.BRANCH_PICKUP).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.CHANNEL_NOT_AVAILABLE);
        }

        @Test
        void an_e_voucher_cannot_be_sent_by_courier() {
            var request = aRequest().gift(aGift().eVoucher()).channel(Channel.COURIER).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.CHANNEL_NOT_AVAILABLE);
        }

        @Test
        void an_e_voucher_gift_through_the_e_voucher_channel_is_eligible() {
            var request = aRequest().gift(aGift().eVoucher()).channel(Channel.E_VOUCHER).build();

            assertThat(eligibility.check(request)).isEmpty();
        }

        @Test
        void no_channel_given_as_when_browsing_the_catalog_is_not_a_reason() {
            var request = aRequest().gift(aGift().channels(Channel.COURIER)).channel(null).build();

            assertThat(eligibility.check(request)).isEmpty();
        }
    }

    @Nested
    class GiftStatusRule {
        @Test
        void a_retired_gift_is_refused() {
            var request = aRequest().gift(aGift().retired()).build();

            assertThat(eligibility.check(request)).containsExactly(Ineligibility.GIFT_RETIRED);
        }
    }

    @Nested
    class Policy {
        @Test
        void the_default_policy_has_a_minimum_balance_of_10() {
            assertThat(RedemptionPolicy.DEFAULT.minimumBalance().value()).isEqualTo(10);
        }

        @Test
        void the_default_policy_has_the_monthly_quotas_of_domain_md() {
            assertThat(RedemptionPolicy.DEFAULT.quotaFor(RiskLevel.LOW).value()).isEqualTo(200_000);
            assertThat(RedemptionPolicy.DEFAULT.quotaFor(RiskLevel.MEDIUM).value()).isEqualTo(50_000);
            assertThat(RedemptionPolicy.DEFAULT.quotaFor(RiskLevel.HIGH).value()).isZero();
        }

        @Test
        void a_policy_missing_a_risk_levels_quota_is_refused() {
            assertThatThrownBy(() -> new RedemptionPolicy(io.jifen.shared.Points.of(10), Map.of(RiskLevel.LOW, io.jifen.shared.Points.of(1), RiskLevel.MEDIUM, io.jifen.shared.Points.of(1))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("HIGH");
        }
    }
}
