package io.jifen.customers;

import static io.jifen.customers.StarPointComponent.CARD_PURCHASES;
import static io.jifen.customers.StarPointComponent.CREDIT_CARD_OVERDRAFT;
import static io.jifen.customers.StarPointComponent.HOUSING_MORTGAGE;
import static io.jifen.customers.StarPointComponent.INVESTMENT_TRANSACTIONS;
import static io.jifen.customers.StarPointComponent.MEDIUM_LONG_TERM_ASSETS;
import static io.jifen.customers.StarPointComponent.OTHER_PERSONAL_LOANS;
import static io.jifen.customers.StarPointComponent.SETTLEMENT;
import static io.jifen.customers.StarPointComponent.SHORT_TERM_ASSETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StarPointComponentTest {

    private static final BigDecimal TEN_THOUSAND_YUAN = new BigDecimal("10000");

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    @Nested
    class RatesPerTenThousandYuan {

        @Test
        void short_term_assets_earn_135_per_ten_thousand_yuan() {
            assertThat(SHORT_TERM_ASSETS.starPointsFor(TEN_THOUSAND_YUAN)).isEqualTo(135);
        }

        @Test
        void medium_long_term_assets_earn_100_per_ten_thousand_yuan() {
            assertThat(MEDIUM_LONG_TERM_ASSETS.starPointsFor(TEN_THOUSAND_YUAN)).isEqualTo(100);
        }

        @Test
        void housing_mortgage_earns_100_per_ten_thousand_yuan() {
            assertThat(HOUSING_MORTGAGE.starPointsFor(TEN_THOUSAND_YUAN)).isEqualTo(100);
        }

        @Test
        void other_personal_loans_earn_200_per_ten_thousand_yuan() {
            assertThat(OTHER_PERSONAL_LOANS.starPointsFor(TEN_THOUSAND_YUAN)).isEqualTo(200);
        }

        @Test
        void credit_card_overdraft_earns_200_per_ten_thousand_yuan() {
            assertThat(CREDIT_CARD_OVERDRAFT.starPointsFor(TEN_THOUSAND_YUAN)).isEqualTo(200);
        }

        @Test
        void investment_transactions_earn_200_per_ten_thousand_yuan() {
            assertThat(INVESTMENT_TRANSACTIONS.starPointsFor(TEN_THOUSAND_YUAN)).isEqualTo(200);
        }

        @Test
        void card_purchases_earn_400_per_ten_thousand_yuan() {
            assertThat(CARD_PURCHASES.starPointsFor(TEN_THOUSAND_YUAN)).isEqualTo(400);
        }

        @Test
        void settlement_earns_200_per_ten_thousand_yuan() {
            assertThat(SETTLEMENT.starPointsFor(TEN_THOUSAND_YUAN)).isEqualTo(200);
        }

        @Test
        void the_published_rates_are_those_of_the_table_in_order() {
            assertThat(StarPointComponent.values())
                    .extracting(StarPointComponent::starPointsPer10k)
                    .containsExactly(135, 100, 100, 200, 200, 200, 400, 200);
        }

        @Test
        void balances_are_measured_as_six_month_average_daily_balance() {
            assertThat(new StarPointComponent[] {SHORT_TERM_ASSETS, MEDIUM_LONG_TERM_ASSETS, HOUSING_MORTGAGE,
                    OTHER_PERSONAL_LOANS, CREDIT_CARD_OVERDRAFT})
                    .extracting(StarPointComponent::measuredAs)
                    .containsOnly(StarPointComponent.Measure.AVERAGE_DAILY_BALANCE);
        }

        @Test
        void transactions_are_measured_as_six_month_total_amount() {
            assertThat(new StarPointComponent[] {INVESTMENT_TRANSACTIONS, CARD_PURCHASES, SETTLEMENT})
                    .extracting(StarPointComponent::measuredAs)
                    .containsOnly(StarPointComponent.Measure.TOTAL_AMOUNT);
        }

        @Test
        void the_rate_scales_linearly_with_the_amount() {
            assertThat(SHORT_TERM_ASSETS.starPointsFor(yuan("1000000"))).isEqualTo(13_500);
        }

        @Test
        void the_scale_of_the_amount_does_not_matter() {
            assertThat(SHORT_TERM_ASSETS.starPointsFor(yuan("10000.00"))).isEqualTo(135);
            assertThat(SHORT_TERM_ASSETS.starPointsFor(yuan("1E+4"))).isEqualTo(135);
        }
    }

    @Nested
    class RoundingDown {

        @Test
        void nine_thousand_nine_hundred_ninety_nine_point_nine_nine_yuan_of_short_term_assets_is_134_star_points() {
            // 9,999.99 × 135 / 10,000 = 134.999865
            assertThat(SHORT_TERM_ASSETS.starPointsFor(yuan("9999.99"))).isEqualTo(134);
        }

        @Test
        void a_fraction_just_below_one_star_point_rounds_down_to_zero() {
            // 74.07 × 135 / 10,000 = 0.99994
            assertThat(SHORT_TERM_ASSETS.starPointsFor(yuan("74.07"))).isZero();
        }

        @Test
        void the_first_amount_to_reach_a_whole_star_point_earns_it() {
            // 74.08 × 135 / 10,000 = 1.00008
            assertThat(SHORT_TERM_ASSETS.starPointsFor(yuan("74.08"))).isEqualTo(1);
        }

        @Test
        void twenty_four_point_nine_nine_yuan_of_card_purchases_earns_nothing() {
            // 24.99 × 400 / 10,000 = 0.9996
            assertThat(CARD_PURCHASES.starPointsFor(yuan("24.99"))).isZero();
        }

        @Test
        void twenty_five_yuan_of_card_purchases_earns_exactly_one_star_point() {
            assertThat(CARD_PURCHASES.starPointsFor(yuan("25"))).isEqualTo(1);
        }

        @Test
        void a_half_star_point_is_rounded_down_not_to_nearest() {
            // 50 × 100 / 10,000 = 0.5
            assertThat(MEDIUM_LONG_TERM_ASSETS.starPointsFor(yuan("50"))).isZero();
        }

        @Test
        void nearly_a_whole_star_point_more_is_still_rounded_down() {
            // 199.99 × 100 / 10,000 = 1.9999
            assertThat(HOUSING_MORTGAGE.starPointsFor(yuan("199.99"))).isEqualTo(1);
        }

        @Test
        void a_single_fen_earns_nothing() {
            assertThat(CARD_PURCHASES.starPointsFor(yuan("0.01"))).isZero();
        }
    }

    @Nested
    class Refusals {

        @Test
        void zero_yuan_earns_zero_star_points() {
            assertThat(SETTLEMENT.starPointsFor(BigDecimal.ZERO)).isZero();
        }

        @Test
        void a_negative_amount_is_refused() {
            assertThatThrownBy(() -> SHORT_TERM_ASSETS.starPointsFor(yuan("-0.01")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("SHORT_TERM_ASSETS");
        }

        @Test
        void a_negative_amount_is_refused_for_every_component() {
            for (StarPointComponent component : StarPointComponent.values()) {
                assertThatThrownBy(() -> component.starPointsFor(yuan("-10000")))
                        .as(component.name())
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
    }
}
