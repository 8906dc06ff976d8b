package io.jifen.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EarningRuleTest {
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    private static EarningRule fixed(long points, String minAmount) {
        return new EarningRule("FIXED", "fixed", Activity.CARD_SPEND, points, 0, null,
                minAmount == null ? null : new BigDecimal(minAmount), false, FROM, TO);
    }

    private static EarningRule perStep(long pointsPerStep, String step, String minAmount) {
        return new EarningRule("STEP", "per step", Activity.TIME_DEPOSIT, 0, pointsPerStep, new BigDecimal(step),
                new BigDecimal(minAmount), true, FROM, TO);
    }

    @Test
    void a_fixed_rule_earns_its_fixed_points_whatever_the_amount() {
        EarningRule rule = fixed(50, "0");

        assertThat(rule.pointsFor(new BigDecimal("1.00"))).isEqualTo(50);
        assertThat(rule.pointsFor(new BigDecimal("9999999.99"))).isEqualTo(50);
    }

    @Test
    void a_step_rule_earns_points_per_full_step_rounded_down() {
        EarningRule rule = perStep(10, "500000", "0");

        assertThat(rule.pointsFor(new BigDecimal("1200000"))).isEqualTo(20);
    }

    @Test
    void a_step_rule_earns_nothing_for_less_than_one_full_step() {
        EarningRule rule = perStep(10, "500000", "0");

        assertThat(rule.pointsFor(new BigDecimal("499999.99"))).isZero();
        assertThat(rule.pointsFor(new BigDecimal("500000.00"))).isEqualTo(10);
        assertThat(rule.pointsFor(new BigDecimal("999999.99"))).isEqualTo(10);
    }

    @Test
    void a_rule_with_fixed_and_step_points_earns_both() {
        EarningRule rule = new EarningRule("BOTH", "both", Activity.LOAN, 5, 3, new BigDecimal("100"),
                BigDecimal.ZERO, false, FROM, TO);

        assertThat(rule.pointsFor(new BigDecimal("350"))).isEqualTo(5 + 3 * 3);
    }

    @Test
    void an_amount_below_the_minimum_earns_nothing() {
        EarningRule rule = perStep(10, "500000", "1000000");

        assertThat(rule.pointsFor(new BigDecimal("999999.99"))).isZero();
        assertThat(fixed(50, "100").pointsFor(new BigDecimal("99.99"))).isZero();
    }

    @Test
    void an_amount_exactly_at_the_minimum_earns() {
        assertThat(perStep(10, "500000", "1000000").pointsFor(new BigDecimal("1000000.00"))).isEqualTo(20);
        assertThat(fixed(50, "100").pointsFor(new BigDecimal("100"))).isEqualTo(50);
    }

    @Test
    void a_missing_minimum_means_zero() {
        EarningRule rule = fixed(50, null);

        assertThat(rule.minAmount()).isEqualByComparingTo("0");
        assertThat(rule.pointsFor(new BigDecimal("0.01"))).isEqualTo(50);
    }

    @Test
    void a_rule_is_in_force_from_its_start_inclusive() {
        EarningRule rule = fixed(50, "0");

        assertThat(rule.isInForceAt(FROM)).isTrue();
        assertThat(rule.isInForceAt(FROM.minusNanos(1))).isFalse();
    }

    @Test
    void a_rule_is_no_longer_in_force_at_its_end() {
        EarningRule rule = fixed(50, "0");

        assertThat(rule.isInForceAt(TO.minusNanos(1))).isTrue();
        assertThat(rule.isInForceAt(TO)).isFalse();
    }

    @Test
    void a_rule_without_an_end_stays_in_force() {
        EarningRule rule = new EarningRule("OPEN", "open ended", Activity.DEPOSIT, 1, 0, null, null, false,
                FROM, null);

        assertThat(rule.isInForceAt(Instant.parse("2099-12-31T23:59:59Z"))).isTrue();
        assertThat(rule.isInForceAt(FROM.minusSeconds(1))).isFalse();
    }

    @Test
    void a_rule_refuses_negative_points() {
        assertThatThrownBy(() -> new EarningRule("NEG", "neg", Activity.DEPOSIT, -1, 0, null, null, false, FROM, TO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EarningRule("NEG", "neg", Activity.DEPOSIT, 0, -1, BigDecimal.TEN, null, false,
                FROM, TO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void points_per_step_need_a_positive_step_amount() {
        assertThatThrownBy(() -> new EarningRule("S", "s", Activity.DEPOSIT, 0, 10, null, null, false, FROM, TO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EarningRule("S", "s", Activity.DEPOSIT, 0, 10, BigDecimal.ZERO, null, false,
                FROM, TO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_rule_must_end_after_it_starts() {
        assertThatThrownBy(() -> new EarningRule("E", "e", Activity.DEPOSIT, 1, 0, null, null, false, FROM, FROM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EarningRule("E", "e", Activity.DEPOSIT, 1, 0, null, null, false, TO, FROM))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
