package io.jifen.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;

class StockAdjustmentTest {
    @Test
    void an_adjustment_moves_some_units_and_at_most_a_million_either_way_whoever_asks() {
        for (long delta : new long[] {0, StockAdjustment.LARGEST + 1, -StockAdjustment.LARGEST - 1}) {
            assertThatThrownBy(() -> StockAdjustment.checkQuantity(delta)).as("delta %d", delta)
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
        }
        assertThatCode(() -> StockAdjustment.checkQuantity(StockAdjustment.LARGEST)).doesNotThrowAnyException();
        assertThatCode(() -> StockAdjustment.checkQuantity(-StockAdjustment.LARGEST)).doesNotThrowAnyException();
    }
}
