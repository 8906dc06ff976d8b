package io.jifen.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.shared.time.BankCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LotExpiryTest {
    private static final Instant START_OF_2029_SHANGHAI = Instant.parse("2028-12-31T16:00:00Z");

    @Test
    void the_default_keeps_points_two_years_after_the_year_they_were_earned() {
        assertThat(LotExpiry.DEFAULT.yearsAfterEarning()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2025-12-31T16:00:00Z", // 2026-01-01T00:00 Shanghai, first instant of 2026
            "2026-06-15T08:30:00Z",
            "2026-12-31T15:59:59.999999999Z" // 2026-12-31T23:59:59.999999999 Shanghai, last instant of 2026
    })
    void points_earned_any_time_in_2026_expire_at_the_start_of_2029_in_shanghai(String earnedAt) {
        assertThat(LotExpiry.DEFAULT.expiresAt(Instant.parse(earnedAt))).isEqualTo(START_OF_2029_SHANGHAI);
    }

    @Test
    void the_expiry_is_midnight_of_1_january_on_the_bank_calendar() {
        Instant expiry = LotExpiry.DEFAULT.expiresAt(Instant.parse("2026-06-15T08:30:00Z"));

        assertThat(expiry.atZone(BankCalendar.ZONE).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2029, 1, 1, 0, 0));
    }

    @Test
    void an_instant_that_is_already_2027_in_shanghai_expires_a_year_later() {
        Instant earnedAt = Instant.parse("2026-12-31T16:30:00Z"); // 2027-01-01T00:30 in Shanghai

        assertThat(LotExpiry.DEFAULT.expiresAt(earnedAt)).isEqualTo(Instant.parse("2029-12-31T16:00:00Z"));
    }

    @Test
    void an_instant_still_2025_in_shanghai_expires_at_the_start_of_2028() {
        Instant earnedAt = Instant.parse("2025-12-31T15:59:59Z"); // 2025-12-31T23:59:59 in Shanghai

        assertThat(LotExpiry.DEFAULT.expiresAt(earnedAt)).isEqualTo(Instant.parse("2027-12-31T16:00:00Z"));
    }

    @Test
    void zero_years_means_the_end_of_the_year_earned() {
        assertThat(new LotExpiry(0).expiresAt(Instant.parse("2026-03-01T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
    }

    @Test
    void the_number_of_years_is_configurable() {
        assertThat(new LotExpiry(5).expiresAt(Instant.parse("2026-03-01T00:00:00Z")))
                .isEqualTo(Instant.parse("2031-12-31T16:00:00Z"));
        assertThat(new LotExpiry(50).yearsAfterEarning()).isEqualTo(50);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 51, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void bad_year_counts_are_refused(int years) {
        assertThatThrownBy(() -> new LotExpiry(years)).isInstanceOf(IllegalArgumentException.class);
    }
}
