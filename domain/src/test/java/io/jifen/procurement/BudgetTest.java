package io.jifen.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.shared.ErrorCode;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetTest {
    private static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");
    private static final List<Integer> THRESHOLDS = List.of(80, 100);

    private static Budget budget(String allocated) {
        return new Budget(new BudgetPeriod("2026-11"), Money.yuan(allocated), BigDecimal.valueOf(15), NOW);
    }

    @Test
    void a_new_budget_has_nothing_committed_or_spent() {
        var amounts = budget("10000.00").amounts();

        assertThat(amounts.committed()).isEqualByComparingTo("0");
        assertThat(amounts.spent()).isEqualByComparingTo("0");
        assertThat(amounts.available()).isEqualByComparingTo("8500.00");
    }

    @Test
    void the_reserve_must_be_fifteen_to_twenty_percent() {
        assertThatThrownBy(() -> new Budget(new BudgetPeriod("2026-11"), Money.yuan("1"), new BigDecimal("14.99"), NOW))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new Budget(new BudgetPeriod("2026-11"), Money.yuan("1"), new BigDecimal("20.01"), NOW))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(new Budget(new BudgetPeriod("2026-Q4"), Money.yuan("1"), new BigDecimal("20"), NOW).reservePercent())
                .isEqualByComparingTo("20");
    }

    @Test
    void a_commitment_within_the_available_budget_passes_and_reports_thresholds() {
        var budget = budget("10000.00");

        var crossed = budget.commit(Money.yuan("7000.00"), false, THRESHOLDS);

        assertThat(crossed).containsExactly(80);
        assertThat(budget.amounts().committed()).isEqualByComparingTo("7000.00");
    }

    @Test
    void a_commitment_beyond_the_available_budget_is_refused_without_the_reserve() {
        var budget = budget("10000.00");

        assertThatThrownBy(() -> budget.commit(Money.yuan("8500.01"), false, THRESHOLDS))
                .isInstanceOfSatisfying(BudgetExceededException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE);
                    assertThat(e.reasons().getFirst().code()).isEqualTo("BUDGET_EXCEEDED_RESERVE_AVAILABLE");
                });
        assertThat(budget.amounts().committed()).isEqualByComparingTo("0");
    }

    @Test
    void drawing_on_the_reserve_lets_it_pass_up_to_the_allocation() {
        var budget = budget("10000.00");

        var crossed = budget.commit(Money.yuan("10000.00"), true, THRESHOLDS);

        assertThat(crossed).containsExactly(80, 100);
        assertThat(budget.amounts().reserveLeft()).isEqualByComparingTo("0");
    }

    @Test
    void nothing_goes_beyond_the_allocation_even_on_the_reserve() {
        var budget = budget("10000.00");

        assertThatThrownBy(() -> budget.commit(Money.yuan("10000.01"), true, THRESHOLDS))
                .isInstanceOfSatisfying(BudgetExceededException.class,
                        e -> assertThat(e.reasons().getFirst().code()).isEqualTo("BUDGET_EXCEEDED"));
    }

    @Test
    void a_commitment_in_another_currency_is_refused() {
        assertThatThrownBy(() -> budget("10000.00").commit(Money.of(new BigDecimal("1"), "USD"), false, THRESHOLDS))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void the_allocation_cannot_fall_below_what_is_used() {
        var budget = budget("10000.00");
        budget.commit(Money.yuan("5000.00"), false, THRESHOLDS);

        assertThatThrownBy(() -> budget.reallocate(Money.yuan("4999.99"), BigDecimal.valueOf(15)))
                .isInstanceOf(InvalidRequestException.class);
        budget.reallocate(Money.yuan("6000.00"), BigDecimal.valueOf(20));
        assertThat(budget.amounts().available()).isEqualByComparingTo("-200.00");
    }

    @Test
    void periods_are_months_or_quarters() {
        assertThat(new BudgetPeriod("2026-11").isQuarter()).isFalse();
        assertThat(new BudgetPeriod("2026-Q4").isQuarter()).isTrue();
        assertThatThrownBy(() -> new BudgetPeriod("2026-13")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new BudgetPeriod("2026-Q5")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new BudgetPeriod("26-11")).isInstanceOf(InvalidRequestException.class);
    }
}
