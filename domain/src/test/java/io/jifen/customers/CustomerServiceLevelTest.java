package io.jifen.customers;

import io.jifen.shared.CustomerId;
import static io.jifen.customers.StarPointComponent.CARD_PURCHASES;
import static io.jifen.customers.StarPointComponent.SETTLEMENT;
import static io.jifen.customers.StarPointComponent.SHORT_TERM_ASSETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.customers.ServiceLevel.Basis;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CustomerServiceLevelTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate PERIOD_END = LocalDate.of(2025, 5, 31);
    private static final Instant REGISTERED_AT = Instant.parse("2025-06-01T01:00:00Z");
    private static final Instant NOW = Instant.parse("2025-06-30T02:00:00Z");
    private static final Instant LATER = Instant.parse("2025-07-15T03:00:00Z");

    private static MasterData masterData(ProductHolding... holdings) {
        return new MasterData("Wang Fang", "+86 138 0000 0000", CustomerStatus.ACTIVE, false,
                RiskLevel.LOW, CreditRating.A, Set.of(holdings));
    }

    private static Customer customer(ProductHolding... holdings) {
        return new Customer(new CustomerId("C-0001"), masterData(holdings), REGISTERED_AT);
    }

    /** A customer whose contribution comes from card purchases: 25 yuan per star point. */
    private static Customer customerWithStarPoints(long starPoints, ProductHolding... holdings) {
        var customer = customer(holdings);
        customer.reportStarFigures(Map.of(CARD_PURCHASES, BigDecimal.valueOf(starPoints * 25)), PERIOD_END, NOW);
        return customer;
    }

    private static ServiceLevelOverride override(StarLevel level, LocalDate until) {
        return new ServiceLevelOverride(level, "retention: large deposit expected", until, "rm.li");
    }

    @Nested
    class ANewCustomer {

        @Test
        void a_new_customer_has_no_star_points() {
            assertThat(customer().starPoints()).isZero();
        }

        @Test
        void a_new_customer_is_unrated_by_contribution() {
            assertThat(customer().contributionStarLevel()).isEqualTo(StarLevel.UNRATED);
        }

        @Test
        void a_new_customer_without_holdings_is_served_as_unrated_by_contribution() {
            assertThat(customer().serviceLevelOn(TODAY))
                    .isEqualTo(new ServiceLevel(StarLevel.UNRATED, Basis.CONTRIBUTION, "0 star points"));
        }

        @Test
        void a_new_customer_has_no_star_figures_and_no_override() {
            var customer = customer();

            assertThat(customer.starFigures()).isEmpty();
            assertThat(customer.starFiguresPeriodEnd()).isNull();
            assertThat(customer.serviceLevelOverride()).isNull();
        }

        @Test
        void a_new_customer_takes_the_master_data_and_registration_time() {
            var customer = customer(ProductHolding.WEALTH_ACCOUNT);

            assertThat(customer.id()).isEqualTo(new CustomerId("C-0001"));
            assertThat(customer.name()).isEqualTo("Wang Fang");
            assertThat(customer.phone()).isEqualTo("+86 138 0000 0000");
            assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
            assertThat(customer.isBlacklisted()).isFalse();
            assertThat(customer.riskLevel()).isEqualTo(RiskLevel.LOW);
            assertThat(customer.creditRating()).isEqualTo(CreditRating.A);
            assertThat(customer.holdings()).containsExactly(ProductHolding.WEALTH_ACCOUNT);
            assertThat(customer.createdAt()).isEqualTo(REGISTERED_AT);
            assertThat(customer.updatedAt()).isEqualTo(REGISTERED_AT);
        }
    }

    @Nested
    class ContributionLevel {

        @Test
        void reported_figures_set_the_contribution_level_at_once() {
            var customer = customer();

            customer.reportStarFigures(Map.of(SHORT_TERM_ASSETS, new BigDecimal("100000")), PERIOD_END, NOW);

            assertThat(customer.starPoints()).isEqualTo(1_350);
            assertThat(customer.contributionStarLevel()).isEqualTo(StarLevel.FOUR_STARS);
        }

        @Test
        void star_points_are_the_sum_of_the_component_star_points() {
            var customer = customer();

            customer.reportStarFigures(Map.of(
                    SHORT_TERM_ASSETS, new BigDecimal("10000"), // 135
                    CARD_PURCHASES, new BigDecimal("10000"),    // 400
                    SETTLEMENT, new BigDecimal("5000")),        // 100
                    PERIOD_END, NOW);

            assertThat(customer.starPoints()).isEqualTo(635);
        }

        @Test
        void components_that_each_stay_below_a_level_can_reach_it_together() {
            var customer = customer();

            customer.reportStarFigures(Map.of(
                    SHORT_TERM_ASSETS, new BigDecimal("10000"), // 135: three stars alone
                    CARD_PURCHASES, new BigDecimal("10000")),   // 400: three stars alone
                    PERIOD_END, NOW);

            assertThat(customer.contributionStarLevel()).isEqualTo(StarLevel.FOUR_STARS);
        }

        @Test
        void each_component_is_rounded_down_before_the_sum() {
            var customer = customer();

            customer.reportStarFigures(Map.of(
                    SHORT_TERM_ASSETS, new BigDecimal("74.07"), // 0.99994
                    CARD_PURCHASES, new BigDecimal("24.99")),   // 0.9996
                    PERIOD_END, NOW);

            assertThat(customer.starPoints()).isZero();
            assertThat(customer.contributionStarLevel()).isEqualTo(StarLevel.UNRATED);
        }

        @Test
        void rounding_down_keeps_a_customer_just_short_of_three_stars() {
            var customer = customer();

            customer.reportStarFigures(Map.of(CARD_PURCHASES, new BigDecimal("1249.99")), PERIOD_END, NOW);

            assertThat(customer.starPoints()).isEqualTo(49);
            assertThat(customer.contributionStarLevel()).isEqualTo(StarLevel.QUASI_STAR);
        }

        @Test
        void exactly_fifty_star_points_of_business_is_three_stars() {
            var customer = customer();

            customer.reportStarFigures(Map.of(CARD_PURCHASES, new BigDecimal("1250")), PERIOD_END, NOW);

            assertThat(customer.contributionStarLevel()).isEqualTo(StarLevel.THREE_STARS);
        }

        @Test
        void eighty_thousand_star_points_of_business_is_private_banking() {
            var customer = customerWithStarPoints(80_000);

            assertThat(customer.contributionStarLevel()).isEqualTo(StarLevel.SEVEN_STARS);
        }

        @Test
        void a_new_report_replaces_the_previous_one_entirely() {
            var customer = customer();
            customer.reportStarFigures(Map.of(
                    SHORT_TERM_ASSETS, new BigDecimal("1000000"),
                    CARD_PURCHASES, new BigDecimal("10000")), PERIOD_END, NOW);

            customer.reportStarFigures(Map.of(SETTLEMENT, new BigDecimal("10000")), PERIOD_END.plusMonths(1), LATER);

            assertThat(customer.starFigures()).containsOnlyKeys(SETTLEMENT);
            assertThat(customer.starPoints()).isEqualTo(200);
        }

        @Test
        void a_smaller_report_lowers_the_contribution_level() {
            var customer = customerWithStarPoints(10_000);

            customer.reportStarFigures(Map.of(CARD_PURCHASES, new BigDecimal("12500")), PERIOD_END.plusMonths(1), LATER);

            assertThat(customer.contributionStarLevel()).isEqualTo(StarLevel.FOUR_STARS);
        }

        @Test
        void an_empty_report_leaves_the_customer_unrated() {
            var customer = customerWithStarPoints(2_000);

            customer.reportStarFigures(Map.of(), PERIOD_END.plusMonths(1), LATER);

            assertThat(customer.starPoints()).isZero();
            assertThat(customer.contributionStarLevel()).isEqualTo(StarLevel.UNRATED);
        }

        @Test
        void a_report_records_the_figures_and_the_period_end() {
            var customer = customer();

            customer.reportStarFigures(Map.of(SHORT_TERM_ASSETS, new BigDecimal("12345.67")), PERIOD_END, NOW);

            assertThat(customer.starFigures()).containsExactlyEntriesOf(Map.of(SHORT_TERM_ASSETS, new BigDecimal("12345.67")));
            assertThat(customer.starFiguresPeriodEnd()).isEqualTo(PERIOD_END);
            assertThat(customer.updatedAt()).isEqualTo(NOW);
        }

        @Test
        void the_reported_figures_are_copied_not_shared_with_the_caller() {
            var customer = customer();
            var figures = new EnumMap<StarPointComponent, BigDecimal>(StarPointComponent.class);
            figures.put(SHORT_TERM_ASSETS, new BigDecimal("10000"));
            customer.reportStarFigures(figures, PERIOD_END, NOW);

            figures.put(CARD_PURCHASES, new BigDecimal("1000000"));

            assertThat(customer.starFigures()).containsOnlyKeys(SHORT_TERM_ASSETS);
        }

        @Test
        void a_report_with_a_negative_figure_is_refused() {
            var customer = customer();
            var figures = Map.of(SHORT_TERM_ASSETS, new BigDecimal("-1"));

            assertThatThrownBy(() -> customer.reportStarFigures(figures, PERIOD_END, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void the_contribution_level_is_not_raised_by_holdings() {
            var customer = customerWithStarPoints(60, ProductHolding.PRIVATE_BANKING);

            assertThat(customer.contributionStarLevel()).isEqualTo(StarLevel.THREE_STARS);
        }

        @Test
        void the_contribution_level_is_not_raised_by_an_override() {
            var customer = customerWithStarPoints(60);
            customer.overrideServiceLevel(override(StarLevel.SEVEN_STARS, TODAY), NOW);

            assertThat(customer.contributionStarLevel()).isEqualTo(StarLevel.THREE_STARS);
        }
    }

    @Nested
    class ServiceLevelFromContribution {

        @Test
        void without_holdings_or_override_the_service_level_is_the_contribution_level() {
            var customer = customerWithStarPoints(2_500);

            assertThat(customer.serviceLevelOn(TODAY).level()).isEqualTo(StarLevel.FIVE_STARS);
        }

        @Test
        void a_contribution_level_is_explained_by_the_star_points() {
            var customer = customerWithStarPoints(2_500);

            assertThat(customer.serviceLevelOn(TODAY))
                    .isEqualTo(new ServiceLevel(StarLevel.FIVE_STARS, Basis.CONTRIBUTION, "2500 star points"));
        }

        @Test
        void the_service_level_follows_a_new_report_at_once() {
            var customer = customerWithStarPoints(100);

            customer.reportStarFigures(Map.of(CARD_PURCHASES, new BigDecimal("250000")), PERIOD_END, LATER);

            assertThat(customer.serviceLevelOn(TODAY).level()).isEqualTo(StarLevel.SIX_STARS);
        }
    }

    @Nested
    class ServiceLevelFromProductHoldings {

        @Test
        void product_holdings_lift_to_their_floors() {
            assertThat(ProductHolding.STANDARD_CREDIT_CARD.floor()).isEqualTo(StarLevel.FOUR_STARS);
            assertThat(ProductHolding.GOLD_CREDIT_CARD.floor()).isEqualTo(StarLevel.FIVE_STARS);
            assertThat(ProductHolding.WEALTH_ACCOUNT.floor()).isEqualTo(StarLevel.FIVE_STARS);
            assertThat(ProductHolding.PLATINUM_CREDIT_CARD.floor()).isEqualTo(StarLevel.SIX_STARS);
            assertThat(ProductHolding.WEALTH_CARD.floor()).isEqualTo(StarLevel.SIX_STARS);
            assertThat(ProductHolding.PRIVATE_BANKING.floor()).isEqualTo(StarLevel.SEVEN_STARS);
        }

        @Test
        void a_holding_raises_an_unrated_customer_to_its_floor() {
            var customer = customer(ProductHolding.STANDARD_CREDIT_CARD);

            assertThat(customer.serviceLevelOn(TODAY).level()).isEqualTo(StarLevel.FOUR_STARS);
        }

        @Test
        void a_raise_by_a_holding_is_explained_by_the_holding() {
            var customer = customerWithStarPoints(100, ProductHolding.PLATINUM_CREDIT_CARD);

            assertThat(customer.serviceLevelOn(TODAY))
                    .isEqualTo(new ServiceLevel(StarLevel.SIX_STARS, Basis.PRODUCT_HOLDING, "PLATINUM_CREDIT_CARD"));
        }

        @Test
        void private_banking_gives_seven_stars_whatever_the_contribution() {
            var customer = customer(ProductHolding.PRIVATE_BANKING);

            assertThat(customer.serviceLevelOn(TODAY).level()).isEqualTo(StarLevel.SEVEN_STARS);
        }

        @Test
        void a_holding_never_lowers_a_higher_contribution_level() {
            var customer = customerWithStarPoints(10_000, ProductHolding.STANDARD_CREDIT_CARD);

            assertThat(customer.serviceLevelOn(TODAY))
                    .isEqualTo(new ServiceLevel(StarLevel.SIX_STARS, Basis.CONTRIBUTION, "10000 star points"));
        }

        @Test
        void a_holding_that_only_matches_the_contribution_level_leaves_contribution_as_the_basis() {
            var customer = customerWithStarPoints(2_000, ProductHolding.GOLD_CREDIT_CARD);

            assertThat(customer.serviceLevelOn(TODAY).basis()).isEqualTo(Basis.CONTRIBUTION);
        }

        @Test
        void the_highest_floor_among_several_holdings_wins() {
            var customer = customer(ProductHolding.STANDARD_CREDIT_CARD, ProductHolding.WEALTH_CARD,
                    ProductHolding.GOLD_CREDIT_CARD);

            assertThat(customer.serviceLevelOn(TODAY))
                    .isEqualTo(new ServiceLevel(StarLevel.SIX_STARS, Basis.PRODUCT_HOLDING, "WEALTH_CARD"));
        }

        @Test
        void a_holding_above_the_contribution_level_still_raises_it() {
            var customer = customerWithStarPoints(9_999, ProductHolding.WEALTH_CARD);

            assertThat(customer.serviceLevelOn(TODAY).level()).isEqualTo(StarLevel.SIX_STARS);
        }
    }

    @Nested
    class ServiceLevelFromAnOverride {

        @Test
        void an_override_raises_the_service_level() {
            var customer = customerWithStarPoints(100);
            customer.overrideServiceLevel(override(StarLevel.FIVE_STARS, TODAY.plusMonths(3)), NOW);

            assertThat(customer.serviceLevelOn(TODAY).level()).isEqualTo(StarLevel.FIVE_STARS);
        }

        @Test
        void a_raise_by_an_override_is_explained_by_its_reason() {
            var customer = customerWithStarPoints(100);
            customer.overrideServiceLevel(override(StarLevel.FIVE_STARS, TODAY.plusMonths(3)), NOW);

            assertThat(customer.serviceLevelOn(TODAY)).isEqualTo(new ServiceLevel(StarLevel.FIVE_STARS,
                    Basis.MANUAL_OVERRIDE, "retention: large deposit expected"));
        }

        @Test
        void an_override_is_in_force_on_its_last_day() {
            var customer = customerWithStarPoints(100);
            customer.overrideServiceLevel(override(StarLevel.SIX_STARS, TODAY), NOW);

            assertThat(customer.serviceLevelOn(TODAY).level()).isEqualTo(StarLevel.SIX_STARS);
        }

        @Test
        void an_override_no_longer_counts_the_day_after_it_ends() {
            var customer = customerWithStarPoints(100);
            customer.overrideServiceLevel(override(StarLevel.SIX_STARS, TODAY), NOW);

            assertThat(customer.serviceLevelOn(TODAY.plusDays(1)))
                    .isEqualTo(new ServiceLevel(StarLevel.THREE_STARS, Basis.CONTRIBUTION, "100 star points"));
        }

        @Test
        void an_expired_override_falls_back_to_the_holding_floor() {
            var customer = customer(ProductHolding.GOLD_CREDIT_CARD);
            customer.overrideServiceLevel(override(StarLevel.SEVEN_STARS, TODAY), NOW);

            assertThat(customer.serviceLevelOn(TODAY.plusDays(1)))
                    .isEqualTo(new ServiceLevel(StarLevel.FIVE_STARS, Basis.PRODUCT_HOLDING, "GOLD_CREDIT_CARD"));
        }

        @Test
        void an_override_never_lowers_the_contribution_level() {
            var customer = customerWithStarPoints(10_000);
            customer.overrideServiceLevel(override(StarLevel.FOUR_STARS, TODAY.plusMonths(3)), NOW);

            assertThat(customer.serviceLevelOn(TODAY))
                    .isEqualTo(new ServiceLevel(StarLevel.SIX_STARS, Basis.CONTRIBUTION, "10000 star points"));
        }

        @Test
        void an_override_never_lowers_a_holding_floor() {
            var customer = customer(ProductHolding.PRIVATE_BANKING);
            customer.overrideServiceLevel(override(StarLevel.SIX_STARS, TODAY.plusMonths(3)), NOW);

            assertThat(customer.serviceLevelOn(TODAY))
                    .isEqualTo(new ServiceLevel(StarLevel.SEVEN_STARS, Basis.PRODUCT_HOLDING, "PRIVATE_BANKING"));
        }

        @Test
        void an_override_to_the_level_already_held_leaves_the_basis_unchanged() {
            var customer = customer(ProductHolding.WEALTH_ACCOUNT);
            customer.overrideServiceLevel(override(StarLevel.FIVE_STARS, TODAY.plusMonths(3)), NOW);

            assertThat(customer.serviceLevelOn(TODAY).basis()).isEqualTo(Basis.PRODUCT_HOLDING);
        }

        @Test
        void an_override_above_a_holding_floor_raises_past_it() {
            var customer = customer(ProductHolding.STANDARD_CREDIT_CARD);
            customer.overrideServiceLevel(override(StarLevel.SEVEN_STARS, TODAY.plusMonths(3)), NOW);

            assertThat(customer.serviceLevelOn(TODAY).level()).isEqualTo(StarLevel.SEVEN_STARS);
            assertThat(customer.serviceLevelOn(TODAY).basis()).isEqualTo(Basis.MANUAL_OVERRIDE);
        }

        @Test
        void the_service_level_is_the_highest_of_contribution_holding_and_override() {
            var customer = customerWithStarPoints(600, ProductHolding.GOLD_CREDIT_CARD); // 4 by contribution, 5 by card
            customer.overrideServiceLevel(override(StarLevel.SIX_STARS, TODAY.plusMonths(3)), NOW);

            assertThat(customer.serviceLevelOn(TODAY).level()).isEqualTo(StarLevel.SIX_STARS);
        }

        @Test
        void an_override_also_counts_on_days_before_it_was_granted() {
            // the override has no start date: only its end date bounds it
            var customer = customer();
            customer.overrideServiceLevel(override(StarLevel.FOUR_STARS, TODAY), NOW);

            assertThat(customer.serviceLevelOn(TODAY.minusYears(1)).level()).isEqualTo(StarLevel.FOUR_STARS);
        }

        @Test
        void ending_an_override_removes_it_at_once() {
            var customer = customerWithStarPoints(100);
            customer.overrideServiceLevel(override(StarLevel.SIX_STARS, TODAY.plusMonths(3)), NOW);

            customer.endServiceLevelOverride(LATER);

            assertThat(customer.serviceLevelOverride()).isNull();
            assertThat(customer.serviceLevelOn(TODAY).level()).isEqualTo(StarLevel.THREE_STARS);
            assertThat(customer.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void a_new_override_replaces_the_previous_one() {
            var customer = customer();
            customer.overrideServiceLevel(override(StarLevel.SEVEN_STARS, TODAY.plusMonths(3)), NOW);

            customer.overrideServiceLevel(override(StarLevel.FOUR_STARS, TODAY.plusMonths(1)), LATER);

            assertThat(customer.serviceLevelOn(TODAY).level()).isEqualTo(StarLevel.FOUR_STARS);
        }

        @Test
        void granting_an_override_records_it_and_the_time() {
            var customer = customer();
            var override = override(StarLevel.SIX_STARS, TODAY);

            customer.overrideServiceLevel(override, NOW);

            assertThat(customer.serviceLevelOverride()).isSameAs(override);
            assertThat(customer.updatedAt()).isEqualTo(NOW);
        }
    }

    @Nested
    class ReplacingMasterData {

        private static final MasterData NEW_DATA = new MasterData("Wang Fang (王芳)", "+86 139 1111 1111",
                CustomerStatus.DORMANT, true, RiskLevel.HIGH, CreditRating.BB, Set.of(ProductHolding.WEALTH_CARD));

        @Test
        void replacing_master_data_takes_every_field_of_the_new_record() {
            var customer = customer(ProductHolding.STANDARD_CREDIT_CARD);

            customer.replaceMasterData(NEW_DATA, LATER);

            assertThat(customer.name()).isEqualTo("Wang Fang (王芳)");
            assertThat(customer.phone()).isEqualTo("+86 139 1111 1111");
            assertThat(customer.status()).isEqualTo(CustomerStatus.DORMANT);
            assertThat(customer.isBlacklisted()).isTrue();
            assertThat(customer.riskLevel()).isEqualTo(RiskLevel.HIGH);
            assertThat(customer.creditRating()).isEqualTo(CreditRating.BB);
            assertThat(customer.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void replacing_master_data_replaces_the_holdings_rather_than_adding_to_them() {
            var customer = customer(ProductHolding.STANDARD_CREDIT_CARD, ProductHolding.PRIVATE_BANKING);

            customer.replaceMasterData(NEW_DATA, LATER);

            assertThat(customer.holdings()).containsExactly(ProductHolding.WEALTH_CARD);
        }

        @Test
        void a_dropped_holding_no_longer_lifts_the_service_level() {
            var customer = customer(ProductHolding.PRIVATE_BANKING);

            customer.replaceMasterData(masterData(), LATER);

            assertThat(customer.serviceLevelOn(TODAY).level()).isEqualTo(StarLevel.UNRATED);
        }

        @Test
        void replacing_master_data_does_not_change_the_registration_time() {
            var customer = customer();

            customer.replaceMasterData(NEW_DATA, LATER);

            assertThat(customer.createdAt()).isEqualTo(REGISTERED_AT);
        }

        @Test
        void replacing_master_data_keeps_the_star_figures() {
            var customer = customer();
            customer.reportStarFigures(Map.of(SHORT_TERM_ASSETS, new BigDecimal("800000")), PERIOD_END, NOW);

            customer.replaceMasterData(NEW_DATA, LATER);

            assertThat(customer.starFigures()).containsExactlyEntriesOf(Map.of(SHORT_TERM_ASSETS, new BigDecimal("800000")));
            assertThat(customer.starFiguresPeriodEnd()).isEqualTo(PERIOD_END);
        }

        @Test
        void replacing_master_data_keeps_the_star_points_and_contribution_level() {
            var customer = customerWithStarPoints(12_000);

            customer.replaceMasterData(NEW_DATA, LATER);

            assertThat(customer.starPoints()).isEqualTo(12_000);
            assertThat(customer.contributionStarLevel()).isEqualTo(StarLevel.SIX_STARS);
        }

        @Test
        void replacing_master_data_keeps_the_override() {
            var customer = customer();
            var override = override(StarLevel.SEVEN_STARS, TODAY.plusMonths(3));
            customer.overrideServiceLevel(override, NOW);

            customer.replaceMasterData(NEW_DATA, LATER);

            assertThat(customer.serviceLevelOverride()).isSameAs(override);
            assertThat(customer.serviceLevelOn(TODAY).basis()).isEqualTo(Basis.MANUAL_OVERRIDE);
        }
    }

    @Nested
    class Views {

        @Test
        void the_holdings_cannot_be_changed_from_outside() {
            var customer = customer(ProductHolding.STANDARD_CREDIT_CARD);

            assertThatThrownBy(() -> customer.holdings().add(ProductHolding.PRIVATE_BANKING))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void the_star_figures_cannot_be_changed_from_outside() {
            var customer = customerWithStarPoints(100);

            assertThatThrownBy(() -> customer.starFigures().put(SETTLEMENT, new BigDecimal("1000000")))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
