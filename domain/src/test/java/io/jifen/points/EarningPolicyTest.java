package io.jifen.points;

import io.jifen.shared.Points;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jifen.customers.StarLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EarningPolicyTest {
    private static final Instant Y2026 = Instant.parse("2025-12-31T16:00:00Z");
    private static final Instant JUL_2026 = Instant.parse("2026-06-30T16:00:00Z");
    private static final Instant Y2027 = Instant.parse("2026-12-31T16:00:00Z");
    private static final Instant MAR_2026 = Instant.parse("2026-03-15T03:00:00Z");
    private static final Instant SEP_2026 = Instant.parse("2026-09-15T03:00:00Z");

    private static final Map<StarLevel, BigDecimal> MULTIPLIERS = Map.of(
            StarLevel.THREE_STARS, new BigDecimal("1.00"),
            StarLevel.FIVE_STARS, new BigDecimal("1.50"),
            StarLevel.SIX_STARS, new BigDecimal("1.30"),
            StarLevel.SEVEN_STARS, new BigDecimal("2.00"));

    /** Fixed points per transaction, any amount, all of 2026. */
    private static EarningRule fixed(String code, Activity activity, long points, boolean tierMultiplied) {
        return new EarningRule(code, code, activity, points, 0, null, BigDecimal.ZERO, tierMultiplied, Y2026, Y2027);
    }

    private static EarningRule fixedBetween(String code, long points, Instant from, Instant to) {
        return new EarningRule(code, code, Activity.CARD_SPEND, points, 0, null, BigDecimal.ZERO, true, from, to);
    }

    private static EarningPolicy policy(EarningRule... rules) {
        return new EarningPolicy(List.of(rules), MULTIPLIERS);
    }

    private static List<EarningLine> earn(EarningPolicy policy, Activity activity, String amount, StarLevel level) {
        return policy.earn(activity, new BigDecimal(amount), MAR_2026, level);
    }

    @Test
    void only_rules_of_the_transactions_activity_earn() {
        EarningPolicy policy = policy(fixed("CARD", Activity.CARD_SPEND, 10, false),
                fixed("DEP", Activity.DEPOSIT, 99, false));

        List<EarningLine> lines = earn(policy, Activity.CARD_SPEND, "100", StarLevel.UNRATED);

        assertThat(lines).extracting(EarningLine::name, e -> e.points().value()).containsExactly(tuple("CARD", 10L));
    }

    @Test
    void a_rule_that_ended_before_the_transaction_does_not_earn() {
        EarningPolicy policy = policy(fixedBetween("OLD", 10, Y2026, MAR_2026));

        assertThat(earn(policy, Activity.CARD_SPEND, "100", StarLevel.UNRATED)).isEmpty();
    }

    @Test
    void a_rule_that_starts_after_the_transaction_does_not_earn() {
        EarningPolicy policy = policy(fixedBetween("FUTURE", 10, MAR_2026.plusSeconds(1), Y2027));

        assertThat(earn(policy, Activity.CARD_SPEND, "100", StarLevel.UNRATED)).isEmpty();
    }

    @Test
    void a_rule_change_never_rewrites_history() {
        EarningPolicy policy = policy(fixedBetween("CARD_H1", 10, Y2026, JUL_2026),
                fixedBetween("CARD_H2", 20, JUL_2026, Y2027));

        List<EarningLine> before = policy.earn(Activity.CARD_SPEND, new BigDecimal("100"), MAR_2026, StarLevel.UNRATED);
        List<EarningLine> atChange = policy.earn(Activity.CARD_SPEND, new BigDecimal("100"), JUL_2026, StarLevel.UNRATED);
        List<EarningLine> after = policy.earn(Activity.CARD_SPEND, new BigDecimal("100"), SEP_2026, StarLevel.UNRATED);

        assertThat(before).extracting(EarningLine::name, e -> e.points().value()).containsExactly(tuple("CARD_H1", 10L));
        assertThat(atChange).extracting(EarningLine::name, e -> e.points().value()).containsExactly(tuple("CARD_H2", 20L));
        assertThat(after).extracting(EarningLine::name, e -> e.points().value()).containsExactly(tuple("CARD_H2", 20L));
    }

    @Test
    void each_earning_rule_gets_one_breakdown_line_with_its_code_and_points_in_code_order() {
        EarningRule perStep = new EarningRule("TD_STEP", "per 500k", Activity.TIME_DEPOSIT, 0, 10,
                new BigDecimal("500000"), BigDecimal.ZERO, false, Y2026, Y2027);
        EarningRule base = fixed("TD_BASE", Activity.TIME_DEPOSIT, 5, false);
        EarningPolicy policy = policy(perStep, base);

        List<EarningLine> lines = earn(policy, Activity.TIME_DEPOSIT, "1200000", StarLevel.UNRATED);

        assertThat(lines).extracting(EarningLine::kind, EarningLine::name, e -> e.points().value()).containsExactly(
                tuple(EarningLine.Kind.RULE, "TD_BASE", 5L),
                tuple(EarningLine.Kind.RULE, "TD_STEP", 20L));
        assertThat(EarningPolicy.total(lines).value()).isEqualTo(25);
    }

    @Test
    void a_rule_that_earns_nothing_writes_no_line() {
        EarningRule highMinimum = new EarningRule("BIG_ONLY", "big only", Activity.CARD_SPEND, 50, 0, null,
                new BigDecimal("10000"), true, Y2026, Y2027);
        EarningPolicy policy = policy(highMinimum, fixed("CARD", Activity.CARD_SPEND, 10, false));

        List<EarningLine> lines = earn(policy, Activity.CARD_SPEND, "9999.99", StarLevel.FIVE_STARS);

        assertThat(lines).extracting(EarningLine::name).containsExactly("CARD");
    }

    @Test
    void nothing_in_force_earns_nothing() {
        List<EarningLine> lines = earn(policy(), Activity.CARD_SPEND, "100", StarLevel.SEVEN_STARS);

        assertThat(lines).isEmpty();
        assertThat(EarningPolicy.total(lines).value()).isZero();
    }

    @Test
    void the_star_level_bonus_is_the_multipliers_extra_on_tier_multiplied_points_rounded_down() {
        EarningPolicy policy = policy(fixed("CARD", Activity.CARD_SPEND, 15, true));

        List<EarningLine> lines = earn(policy, Activity.CARD_SPEND, "100", StarLevel.FIVE_STARS);

        // floor(15 × 0.5) = 7
        assertThat(lines).extracting(EarningLine::kind, EarningLine::name, e -> e.points().value()).containsExactly(
                tuple(EarningLine.Kind.RULE, "CARD", 15L),
                tuple(EarningLine.Kind.RULE, "STAR_LEVEL_5_BONUS", 7L));
        assertThat(EarningPolicy.total(lines).value()).isEqualTo(22);
    }

    @Test
    void the_bonus_counts_only_points_of_tier_multiplied_rules() {
        EarningPolicy policy = policy(fixed("A_TIER", Activity.CARD_SPEND, 15, true),
                fixed("B_FLAT", Activity.CARD_SPEND, 100, false));

        List<EarningLine> lines = earn(policy, Activity.CARD_SPEND, "100", StarLevel.FIVE_STARS);

        assertThat(lines).extracting(EarningLine::name, e -> e.points().value()).containsExactly(
                tuple("A_TIER", 15L), tuple("B_FLAT", 100L), tuple("STAR_LEVEL_5_BONUS", 7L));
    }

    @Test
    void the_bonus_is_rounded_down_once_on_the_sum_of_tier_multiplied_points() {
        EarningPolicy policy = policy(fixed("A", Activity.CARD_SPEND, 5, true),
                fixed("B", Activity.CARD_SPEND, 5, true));

        List<EarningLine> lines = earn(policy, Activity.CARD_SPEND, "100", StarLevel.SIX_STARS);

        // floor(10 × 0.3) = 3, not floor(1.5) + floor(1.5) = 2
        assertThat(lines.getLast().name()).isEqualTo("STAR_LEVEL_6_BONUS");
        assertThat(lines.getLast().points().value()).isEqualTo(3);
    }

    @Test
    void a_bonus_that_rounds_down_to_zero_writes_no_line() {
        EarningPolicy policy = policy(fixed("CARD", Activity.CARD_SPEND, 3, true));

        // floor(3 × 0.3) = 0
        assertThat(earn(policy, Activity.CARD_SPEND, "100", StarLevel.SIX_STARS))
                .extracting(EarningLine::name).containsExactly("CARD");
    }

    @Test
    void no_bonus_line_when_the_multiplier_is_one() {
        EarningPolicy policy = policy(fixed("CARD", Activity.CARD_SPEND, 15, true));

        assertThat(earn(policy, Activity.CARD_SPEND, "100", StarLevel.THREE_STARS))
                .extracting(EarningLine::name).containsExactly("CARD");
    }

    @Test
    void no_bonus_line_when_the_star_level_has_no_multiplier() {
        EarningPolicy policy = policy(fixed("CARD", Activity.CARD_SPEND, 15, true));

        assertThat(earn(policy, Activity.CARD_SPEND, "100", StarLevel.UNRATED))
                .extracting(EarningLine::name).containsExactly("CARD");
    }

    @Test
    void no_bonus_line_when_the_rules_are_not_tier_multiplied() {
        EarningPolicy policy = policy(fixed("CARD", Activity.CARD_SPEND, 15, false));

        assertThat(earn(policy, Activity.CARD_SPEND, "100", StarLevel.SEVEN_STARS))
                .extracting(EarningLine::name).containsExactly("CARD");
    }

    @Test
    void the_bonus_line_is_named_after_the_star_level_number() {
        EarningPolicy policy = policy(fixed("CARD", Activity.CARD_SPEND, 15, true));

        assertThat(earn(policy, Activity.CARD_SPEND, "100", StarLevel.SEVEN_STARS).getLast())
                .extracting(EarningLine::name, e -> e.points().value())
                .containsExactly("STAR_LEVEL_7_BONUS", 15L);
    }

    @Test
    void the_policy_keeps_its_own_copy_of_the_rules_and_multipliers() {
        List<EarningRule> rules = new ArrayList<>(List.of(fixed("CARD", Activity.CARD_SPEND, 15, true)));
        Map<StarLevel, BigDecimal> multipliers = new EnumMap<>(StarLevel.class);
        multipliers.put(StarLevel.FIVE_STARS, new BigDecimal("1.5"));
        EarningPolicy policy = new EarningPolicy(rules, multipliers);

        rules.clear();
        multipliers.clear();

        assertThat(earn(policy, Activity.CARD_SPEND, "100", StarLevel.FIVE_STARS))
                .extracting(EarningLine::points).extracting(Points::value).containsExactly(15L, 7L);
    }
}
