package io.jifen.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.shared.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StarStandingTest {
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 31);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final CustomerId ID = new CustomerId("C-1");

    @Test
    void a_report_rates_the_customer_by_the_same_rule_as_the_customer_itself() {
        var standing = new StarStanding(ID, null, new StarRating(0, StarLevel.UNRATED), Set.of(), null, BigDecimal.ZERO);
        var report = new StarFigureReport(ID, OCTOBER, Map.of(StarPointComponent.MEDIUM_LONG_TERM_ASSETS, new BigDecimal("1000000.00")));

        var after = standing.after(report);

        assertThat(after.rating()).isEqualTo(new StarRating(10_000, StarLevel.SIX_STARS));
        assertThat(after.assets()).isEqualByComparingTo("1000000.00");
        assertThat(after.serviceLevelOn(TODAY).level()).isEqualTo(StarLevel.SIX_STARS);
        var customer = new Customer(ID, new MasterData("王", null, CustomerStatus.ACTIVE, false, RiskLevel.LOW,
                CreditRating.AA, Set.of()), java.time.Instant.EPOCH);
        customer.reportStarFigures(report.figures(), OCTOBER, java.time.Instant.EPOCH);
        assertThat(customer.serviceLevelOn(TODAY)).isEqualTo(after.serviceLevelOn(TODAY));
    }

    @Test
    void holdings_and_an_override_in_force_still_raise_the_service_level_after_a_report() {
        var override = new ServiceLevelOverride(StarLevel.SEVEN_STARS, "private banking pilot", TODAY, "rm-li");
        var standing = new StarStanding(ID, OCTOBER, new StarRating(2_000, StarLevel.FIVE_STARS),
                Set.of(ProductHolding.STANDARD_CREDIT_CARD), override, BigDecimal.ZERO);
        var small = new StarFigureReport(ID, OCTOBER, Map.of(StarPointComponent.SETTLEMENT, new BigDecimal("100.00")));

        assertThat(standing.after(small).serviceLevelOn(TODAY).level()).isEqualTo(StarLevel.SEVEN_STARS);
        assertThat(standing.after(small).serviceLevelOn(TODAY.plusDays(1)).level()).isEqualTo(StarLevel.FOUR_STARS);
    }

    @Test
    void a_report_for_an_earlier_period_than_the_one_held_is_older_news() {
        var standing = new StarStanding(ID, OCTOBER, new StarRating(0, StarLevel.UNRATED), Set.of(), null, BigDecimal.ZERO);
        assertThat(standing.isNewerThan(OCTOBER.minusMonths(1))).isTrue();
        assertThat(standing.isNewerThan(OCTOBER)).as("a correction of the same period").isFalse();
        assertThat(standing.isNewerThan(TODAY)).isFalse();
        var never = new StarStanding(ID, null, new StarRating(0, StarLevel.UNRATED), Set.of(), null, BigDecimal.ZERO);
        assertThat(never.isNewerThan(OCTOBER)).isFalse();
    }
}
