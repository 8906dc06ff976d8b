package io.jifen.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.points.EntryType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollForwardTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void opening_plus_the_months_movements_is_the_closing_with_refunds_against_redeemed() {
        var month = RollForward.of(NOVEMBER, 10_000, Map.of(EntryType.ACCRUAL, 5_000L, EntryType.REDEMPTION, -3_000L,
                EntryType.REFUND, 500L, EntryType.EXPIRY, -700L, EntryType.ADJUSTMENT, -200L, EntryType.REVERSAL, -100L),
                11_500L);
        assertThat(month.issued()).isEqualTo(5_000);
        assertThat(month.redeemed()).isEqualTo(2_500);
        assertThat(month.expired()).isEqualTo(700);
        assertThat(month.adjusted()).isEqualTo(-200);
        assertThat(month.reversed()).isEqualTo(-100);
        assertThat(month.closing()).isEqualTo(11_500);
        assertThat(month.reconciles()).isTrue();
    }

    @Test
    void a_billion_credited_and_taken_back_leaves_issued_and_the_closing_as_they_were() {
        // the dashboard once kept a reversed billion as issued: here the adjustment nets out
        var month = RollForward.of(NOVEMBER, 100, Map.of(EntryType.ADJUSTMENT, 0L), 100L);
        assertThat(month.issued()).isZero();
        assertThat(month.closing()).isEqualTo(100);
        assertThat(month.reconciles()).isTrue();
    }

    @Test
    void accounts_that_disagree_with_the_ledger_do_not_reconcile() {
        assertThat(RollForward.of(NOVEMBER, 100, Map.of(), 101L).reconciles()).isFalse();
        assertThat(RollForward.of(NOVEMBER, 100, Map.of(), null).reconciles()).as("a past month").isTrue();
    }

    @Test
    void breakage_is_expired_over_issued_of_closed_cohorts_and_nets_the_liability() {
        var breakage = new Breakage(1_000_000, 250_000);
        assertThat(breakage.rate()).isEqualByComparingTo("0.25");
        assertThat(breakage.netLiability(400_000, new BigDecimal("0.01"))).isEqualByComparingTo("3000.00");
        assertThat(new Breakage(0, 0).rate()).isEqualByComparingTo("0");
    }
}
