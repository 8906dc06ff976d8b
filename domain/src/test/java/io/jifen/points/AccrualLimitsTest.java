package io.jifen.points;

import io.jifen.shared.Points;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AccrualLimitsTest {
    private final AccrualLimits limits = new AccrualLimits(new BigDecimal("10000000000.00"), Points.of(1_000_000));

    @Test
    void points_up_to_the_limit_are_credited() {
        assertThatCode(() -> limits.checkPoints("T-1", Points.of(1_000_000))).doesNotThrowAnyException();
    }

    @Test
    void one_point_over_the_limit_is_refused_with_its_code() {
        assertThatThrownBy(() -> limits.checkPoints("T-1", Points.of(1_000_001)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(ErrorCode.ACCRUAL_LIMIT_EXCEEDED));
    }

    @Test
    void an_amount_over_the_limit_is_refused() {
        assertThatThrownBy(() -> limits.checkAmount("T-1", new BigDecimal("10000000000.01")))
                .isInstanceOf(AccrualLimitExceededException.class);
        assertThatCode(() -> limits.checkAmount("T-1", new BigDecimal("10000000000.00"))).doesNotThrowAnyException();
    }
}
