package io.jifen.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.shared.Points;
import org.junit.jupiter.api.Test;

class AdjustmentLimitsTest {
    private final AdjustmentLimits limits = new AdjustmentLimits(Points.of(10_000), Points.of(50_000));

    @Test
    void up_to_the_per_adjustment_limit_either_way_one_person_may_post_alone() {
        assertThat(limits.allowAlone(Points.of(10_000), Points.ZERO)).isTrue();
        assertThat(limits.allowAlone(Points.of(-10_000), Points.ZERO)).isTrue();
        assertThat(limits.allowAlone(Points.of(10_001), Points.ZERO)).isFalse();
        assertThat(limits.allowAlone(Points.of(-10_001), Points.ZERO)).isFalse();
    }

    @Test
    void the_day_counts_credits_and_debits_alike_up_to_its_limit() {
        assertThat(limits.allowAlone(Points.of(-5_000), Points.of(45_000))).isTrue();
        assertThat(limits.allowAlone(Points.of(-5_001), Points.of(45_000))).isFalse();
        assertThat(limits.allowAlone(Points.of(1), Points.of(50_000))).isFalse();
    }

    @Test
    void a_day_tallies_the_size_of_each_adjustment_so_a_credit_and_its_debit_do_not_cancel_out() {
        var day = new StaffAdjustmentDay("it-service", java.time.LocalDate.of(2026, 11, 30));
        day.moved(Points.of(10_000));
        day.moved(Points.of(-10_000));
        assertThat(day.pointsMoved()).isEqualTo(Points.of(20_000));
    }

    @Test
    void one_person_has_one_day_however_their_name_is_cased_or_spaced() {
        var day = java.time.LocalDate.of(2026, 11, 30);
        assertThat(StaffAdjustmentDay.key(" Li.Wei ", day)).isEqualTo(StaffAdjustmentDay.key("li.wei", day));
        assertThat(StaffAdjustmentDay.key("li.wei", day)).isNotEqualTo(StaffAdjustmentDay.key("li.wei", day.plusDays(1)));
    }

    @Test
    void limits_are_positive() {
        assertThatThrownBy(() -> new AdjustmentLimits(Points.ZERO, Points.of(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
