package io.jifen.points;

import io.jifen.shared.Points;
import static io.jifen.points.LedgerBook.origin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.shared.ErrorCode;
import io.jifen.shared.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PointsAccountAdjustTest {
    private static final Instant ADJUSTED = Instant.parse("2026-01-20T02:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2027-12-31T16:00:00Z");

    private final LedgerBook book = new LedgerBook();

    @ParameterizedTest
    @ValueSource(longs = {1_000_000_000, -1_000_000_000, 100_000_001, -100_000_001})
    void an_adjustment_beyond_a_hundred_million_points_is_refused_on_the_points_field(long delta) {
        assertThatThrownBy(() -> book.account.adjust(Points.of(delta), EXPIRES, List.of(), origin("ADJ-1", ADJUSTED)))
                .isInstanceOfSatisfying(InvalidRequestException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("points");
                    assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                });
        assertThat(book.account.balance().value()).isZero();
    }

    @Test
    void an_adjustment_of_exactly_a_hundred_million_points_is_accepted() {
        book.keep(book.account.adjust(PointsAccount.LARGEST_ADJUSTMENT, EXPIRES, List.of(), origin("ADJ-1", ADJUSTED)));

        assertThat(book.account.balance().value()).isEqualTo(100_000_000);
        book.assertConsistent();
    }

    @Test
    void an_adjustment_of_zero_points_is_refused_on_the_points_field() {
        assertThatThrownBy(() -> PointsAccount.checkAdjustment(Points.ZERO))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        refused -> assertThat(refused.field()).isEqualTo("points"));
    }
}
