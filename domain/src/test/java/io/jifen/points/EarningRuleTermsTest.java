package io.jifen.points;

import io.jifen.shared.Points;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.customers.CreditRating;
import io.jifen.customers.StarLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules as marketing defines them: audiences, rounding, caps and versions. */
class EarningRuleTermsTest {
    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant MAR_15 = Instant.parse("2026-03-15T00:00:00Z");
    private static final Instant FEB_15 = Instant.parse("2026-02-15T00:00:00Z");

    private static EarningRule rule(String code, int version, EarningRule.Audience audience, long fixed, long perStep,
                                    String step, EarningRule.StepRounding rounding, EarningRule.Caps caps,
                                    Instant from, Instant to) {
        return EarningRule.define(code, version, code, Activity.PROJECT_FINANCING, audience, fixed, perStep,
                step == null ? null : new BigDecimal(step), rounding, BigDecimal.ZERO, caps, false, from, to, "alice", from);
    }

    private static EarningRule perStep(EarningRule.StepRounding rounding) {
        return rule("PF", 1, EarningRule.Audience.ANYONE, 0, 10, "500000", rounding, EarningRule.Caps.NONE, JAN, null);
    }

    @Test
    void per_step_rates_round_as_the_rule_states() {
        BigDecimal amount = new BigDecimal("750000");
        assertThat(perStep(EarningRule.StepRounding.DOWN).pointsFor(amount)).isEqualTo(10);
        assertThat(perStep(EarningRule.StepRounding.HALF_UP).pointsFor(amount)).isEqualTo(20);
        assertThat(perStep(EarningRule.StepRounding.HALF_UP).pointsFor(new BigDecimal("749999.99"))).isEqualTo(10);
        assertThat(perStep(EarningRule.StepRounding.UP).pointsFor(new BigDecimal("500000.01"))).isEqualTo(20);
        assertThat(perStep(EarningRule.StepRounding.UP).pointsFor(new BigDecimal("500000.00"))).isEqualTo(10);
    }

    @Test
    void a_rule_for_a_product_tier_or_credit_grade_earns_only_for_them() {
        var better = rule("PF_AA", 1, new EarningRule.Audience("PROJECT_LOAN", StarLevel.FIVE_STARS, CreditRating.AA),
                20, 0, null, EarningRule.StepRounding.DOWN, EarningRule.Caps.NONE, JAN, null);
        assertThat(better.matches(Activity.PROJECT_FINANCING, "PROJECT_LOAN", StarLevel.FIVE_STARS, CreditRating.AAA)).isTrue();
        assertThat(better.matches(Activity.PROJECT_FINANCING, "PROJECT_LOAN", StarLevel.SEVEN_STARS, CreditRating.AA)).isTrue();
        assertThat(better.matches(Activity.PROJECT_FINANCING, "PROJECT_LOAN", StarLevel.FIVE_STARS, CreditRating.A)).isFalse();
        assertThat(better.matches(Activity.PROJECT_FINANCING, "PROJECT_LOAN", StarLevel.FOUR_STARS, CreditRating.AAA)).isFalse();
        assertThat(better.matches(Activity.PROJECT_FINANCING, "OTHER", StarLevel.FIVE_STARS, CreditRating.AAA)).isFalse();
        assertThat(better.matches(Activity.PROJECT_FINANCING, null, StarLevel.FIVE_STARS, CreditRating.AAA)).isFalse();
        assertThat(better.matches(Activity.LOAN, "PROJECT_LOAN", StarLevel.FIVE_STARS, CreditRating.AAA)).isFalse();
    }

    @Test
    void the_base_rule_and_a_better_grades_rule_both_earn_each_named_in_the_breakdown() {
        var base = rule("PF_BASE", 1, EarningRule.Audience.ANYONE, 0, 10, "500000", EarningRule.StepRounding.DOWN,
                EarningRule.Caps.NONE, JAN, null);
        var better = rule("PF_AA", 1, new EarningRule.Audience(null, null, CreditRating.AA), 10, 0, null,
                EarningRule.StepRounding.DOWN, EarningRule.Caps.NONE, JAN, null);
        var policy = new EarningPolicy(List.of(base, better), Map.of());
        assertThat(policy.earn(Activity.PROJECT_FINANCING, null, new BigDecimal("500000"), MAR_15, StarLevel.THREE_STARS,
                CreditRating.AA, EarningPolicy.CapUsage.NONE)).extracting(EarningLine::name, e -> e.points().value())
                .containsExactly(org.assertj.core.api.Assertions.tuple("PF_AA", 10L), org.assertj.core.api.Assertions.tuple("PF_BASE", 10L));
        assertThat(policy.earn(Activity.PROJECT_FINANCING, null, new BigDecimal("500000"), MAR_15, StarLevel.THREE_STARS,
                CreditRating.BBB, EarningPolicy.CapUsage.NONE)).extracting(EarningLine::name).containsExactly("PF_BASE");
    }

    @Test
    void daily_and_monthly_caps_limit_what_the_rule_still_earns() {
        var capped = rule("PF", 1, EarningRule.Audience.ANYONE, 30, 0, null, EarningRule.StepRounding.DOWN,
                new EarningRule.Caps(50L, 80L), JAN, null);
        assertThat(capped.capped(30, 0, 0)).isEqualTo(30);
        assertThat(capped.capped(30, 30, 30)).isEqualTo(20);
        assertThat(capped.capped(30, 0, 70)).isEqualTo(10);
        assertThat(capped.capped(30, 50, 50)).isZero();
        var policy = new EarningPolicy(List.of(capped), Map.of());
        var usage = new EarningPolicy.CapUsage() {
            @Override
            public long earnedOnDay(String code) { return 40; }
            @Override
            public long earnedInMonth(String code) { return 40; }
        };
        assertThat(policy.earn(Activity.PROJECT_FINANCING, null, BigDecimal.TEN, MAR_15, StarLevel.THREE_STARS, null, usage))
                .extracting(EarningLine::points).extracting(Points::value).containsExactly(10L);
        var spent = new EarningPolicy.CapUsage() {
            @Override
            public long earnedOnDay(String code) { return 50; }
            @Override
            public long earnedInMonth(String code) { return 50; }
        };
        assertThat(policy.earn(Activity.PROJECT_FINANCING, null, BigDecimal.TEN, MAR_15, StarLevel.THREE_STARS, null, spent))
                .as("a rule capped out writes no line").isEmpty();
        assertThatThrownBy(() -> new EarningRule.Caps(0L, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_transaction_earns_by_the_version_in_force_when_it_happened() {
        var v1 = rule("PF", 1, EarningRule.Audience.ANYONE, 10, 0, null, EarningRule.StepRounding.DOWN,
                EarningRule.Caps.NONE, JAN, null);
        var v2 = rule("PF", 2, EarningRule.Audience.ANYONE, 25, 0, null, EarningRule.StepRounding.DOWN,
                EarningRule.Caps.NONE, MAR, null);
        v1.endAt(MAR);
        var policy = new EarningPolicy(List.of(v1, v2), Map.of());
        assertThat(policy.earn(Activity.PROJECT_FINANCING, BigDecimal.TEN, FEB_15, StarLevel.THREE_STARS))
                .extracting(EarningLine::points).extracting(Points::value).containsExactly(10L);
        assertThat(policy.earn(Activity.PROJECT_FINANCING, BigDecimal.TEN, MAR, StarLevel.THREE_STARS))
                .extracting(EarningLine::points).extracting(Points::value).containsExactly(25L);
    }

    @Test
    void a_version_ends_after_it_starts_and_never_later_than_it_already_ends() {
        var v1 = rule("PF", 1, EarningRule.Audience.ANYONE, 10, 0, null, EarningRule.StepRounding.DOWN,
                EarningRule.Caps.NONE, MAR, MAR_15);
        assertThatThrownBy(() -> v1.endAt(MAR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> v1.endAt(MAR_15.plusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        v1.endAt(MAR.plusSeconds(60));
        assertThat(v1.effectiveTo()).isEqualTo(MAR.plusSeconds(60));
    }

    @Test
    void a_defined_rule_earns_something() {
        assertThatThrownBy(() -> rule("Z", 1, EarningRule.Audience.ANYONE, 0, 0, null, EarningRule.StepRounding.DOWN,
                EarningRule.Caps.NONE, JAN, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void a_proposed_version_is_approved_by_another_person_from_then_if_its_start_has_passed() {
        var proposed = rule("PF", 2, EarningRule.Audience.ANYONE, 5, 0, null, EarningRule.StepRounding.DOWN,
                EarningRule.Caps.NONE, FEB_15, null);
        proposed.awaitApproval();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> proposed.approve("Alice", MAR))
                .isInstanceOf(EarningRule.RuleFourEyes.class);
        proposed.approve("bob", MAR);
        org.assertj.core.api.Assertions.assertThat(proposed.isApproved()).isTrue();
        org.assertj.core.api.Assertions.assertThat(proposed.effectiveFrom()).as("history is not rewritten").isEqualTo(MAR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> proposed.reject("carol"))
                .isInstanceOf(EarningRule.RuleAlreadyDecided.class);
    }
}
