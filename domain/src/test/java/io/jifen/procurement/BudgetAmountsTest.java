package io.jifen.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetAmountsTest {
    private static BudgetAmounts budget(String allocated, String reservePercent, String committed, String spent) {
        return new BudgetAmounts(new BigDecimal(allocated), new BigDecimal(reservePercent), new BigDecimal(committed),
                new BigDecimal(spent));
    }

    @Test
    void the_reserve_is_held_back_from_the_allocation() {
        var amounts = budget("100000.00", "15", "0", "0");

        assertThat(amounts.reserve()).isEqualByComparingTo("15000.00");
        assertThat(amounts.spendable()).isEqualByComparingTo("85000.00");
        assertThat(amounts.available()).isEqualByComparingTo("85000.00");
    }

    @Test
    void the_reserve_is_rounded_half_even_to_cents() {
        // 333.33 * 15 % = 49.9995 -> 50.00; 0.05 * 15 % = 0.0075 -> 0.01; 0.25 * 18 % = 0.045 -> 0.04
        assertThat(budget("333.33", "15", "0", "0").reserve()).isEqualByComparingTo("50.00");
        assertThat(budget("0.05", "15", "0", "0").reserve()).isEqualByComparingTo("0.01");
        assertThat(budget("0.25", "18", "0", "0").reserve()).isEqualByComparingTo("0.04");
    }

    @Test
    void available_is_spendable_less_committed_and_spent() {
        var amounts = budget("100000.00", "20", "30000.00", "12500.50");

        assertThat(amounts.used()).isEqualByComparingTo("42500.50");
        assertThat(amounts.available()).isEqualByComparingTo("37499.50");
        assertThat(amounts.reserveLeft()).isEqualByComparingTo("20000.00");
    }

    @Test
    void an_amount_fits_up_to_exactly_the_available_budget() {
        var amounts = budget("1000.00", "15", "800.00", "0");

        assertThat(amounts.fitsAvailable(new BigDecimal("50.00"))).isTrue();
        assertThat(amounts.fitsAvailable(new BigDecimal("50.01"))).isFalse();
    }

    @Test
    void with_the_reserve_an_amount_fits_up_to_the_allocation() {
        var amounts = budget("1000.00", "15", "800.00", "0");

        assertThat(amounts.fitsWithReserve(new BigDecimal("200.00"))).isTrue();
        assertThat(amounts.fitsWithReserve(new BigDecimal("200.01"))).isFalse();
    }

    @Test
    void drawing_on_the_reserve_makes_available_negative_and_shrinks_the_reserve_left() {
        var amounts = budget("1000.00", "15", "800.00", "0").commit(new BigDecimal("100.00"));

        assertThat(amounts.available()).isEqualByComparingTo("-50.00");
        assertThat(amounts.reserveLeft()).isEqualByComparingTo("100.00");
    }

    @Test
    void receiving_moves_the_received_value_out_of_committed_and_the_accepted_value_into_spent() {
        var amounts = budget("1000.00", "15", "500.00", "0").receive(new BigDecimal("300.00"), new BigDecimal("240.00"));

        assertThat(amounts.committed()).isEqualByComparingTo("200.00");
        assertThat(amounts.spent()).isEqualByComparingTo("240.00");
        assertThat(amounts.available()).isEqualByComparingTo("410.00");
    }

    @Test
    void releasing_gives_back_the_commitment() {
        var amounts = budget("1000.00", "15", "500.00", "100.00").release(new BigDecimal("200.00"));

        assertThat(amounts.committed()).isEqualByComparingTo("300.00");
        assertThat(amounts.spent()).isEqualByComparingTo("100.00");
    }

    @Test
    void crossing_eighty_percent_of_the_spendable_part_raises_that_threshold_only() {
        var before = budget("1000.00", "15", "0", "0");    // spendable 850, 80 % = 680

        assertThat(before.thresholdsCrossedTo(before.commit(new BigDecimal("679.99")), List.of(80, 100))).isEmpty();
        assertThat(before.thresholdsCrossedTo(before.commit(new BigDecimal("680.00")), List.of(80, 100)))
                .containsExactly(80);
    }

    @Test
    void one_step_can_cross_both_thresholds() {
        var before = budget("1000.00", "15", "0", "0");

        assertThat(before.thresholdsCrossedTo(before.commit(new BigDecimal("900.00")), List.of(80, 100)))
                .containsExactly(80, 100);
    }

    @Test
    void a_threshold_already_passed_is_not_crossed_again() {
        var before = budget("1000.00", "15", "700.00", "0");

        assertThat(before.thresholdsCrossedTo(before.commit(new BigDecimal("10.00")), List.of(80, 100))).isEmpty();
    }

    @Test
    void falling_back_crosses_nothing() {
        var before = budget("1000.00", "15", "900.00", "0");

        assertThat(before.thresholdsCrossedTo(before.release(new BigDecimal("500.00")), List.of(80, 100))).isEmpty();
    }

    @Test
    void used_percent_is_of_the_spendable_part() {
        assertThat(budget("1000.00", "15", "425.00", "0").usedPercent()).isEqualByComparingTo("50.00");
    }
}
