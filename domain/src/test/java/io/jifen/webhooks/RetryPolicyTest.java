package io.jifen.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant FIRST_ATTEMPT = Instant.parse("2026-03-15T02:00:00Z");

    @Test
    void the_delay_starts_at_the_base_and_doubles_with_each_failure() {
        var policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(24));
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(policy::delayAfter).toList()).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8));
    }

    @Test
    void the_default_is_thirty_seconds_doubling_for_twenty_four_hours() {
        assertThat(RetryPolicy.DEFAULT).isEqualTo(new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(24)));
    }

    @Test
    void an_endpoint_that_never_answers_is_tried_for_twenty_four_hours_then_parked() {
        var attempts = attemptsUntilParked(RetryPolicy.DEFAULT);
        // 0, 30 s, 1.5 min, 3.5 min, ... each gap twice the one before, the last retry at the window's end
        assertThat(attempts.getFirst()).isEqualTo(FIRST_ATTEMPT);
        assertThat(attempts.getLast()).isEqualTo(FIRST_ATTEMPT.plus(Duration.ofHours(24)));
        assertThat(attempts).hasSize(13);
        for (int i = 1; i < attempts.size() - 1; i++) {
            assertThat(Duration.between(attempts.get(i - 1), attempts.get(i)))
                    .isEqualTo(Duration.ofSeconds(30).multipliedBy(1L << (i - 1)));
        }
    }

    @Test
    void a_failure_at_or_after_the_window_end_parks() {
        var policy = RetryPolicy.DEFAULT;
        Instant windowEnd = FIRST_ATTEMPT.plus(Duration.ofHours(24));
        assertThat(policy.nextAttempt(14, FIRST_ATTEMPT, windowEnd)).isEmpty();
        assertThat(policy.nextAttempt(14, FIRST_ATTEMPT, windowEnd.plusSeconds(5))).isEmpty();
        assertThat(policy.nextAttempt(13, FIRST_ATTEMPT, windowEnd.minusMillis(1))).contains(windowEnd);
    }

    @Test
    void a_retry_that_would_fall_after_the_window_is_moved_to_its_end() {
        var policy = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(2));
        assertThat(policy.nextAttempt(3, FIRST_ATTEMPT, FIRST_ATTEMPT.plusMillis(1600)))
                .contains(FIRST_ATTEMPT.plusSeconds(2));
    }

    @Test
    void huge_attempt_counts_do_not_overflow() {
        assertThat(RetryPolicy.DEFAULT.delayAfter(10_000)).isPositive();
        assertThat(RetryPolicy.DEFAULT.nextAttempt(10_000, FIRST_ATTEMPT, FIRST_ATTEMPT.plusSeconds(1)))
                .contains(FIRST_ATTEMPT.plus(Duration.ofHours(24)));
    }

    @Test
    void an_endpoint_may_shorten_the_window_but_not_lengthen_it() {
        var policy = RetryPolicy.DEFAULT;
        assertThat(policy.withWindowAtMost(Duration.ofMinutes(5)).window()).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.withWindowAtMost(Duration.ofDays(3)).window()).isEqualTo(Duration.ofHours(24));
        assertThat(policy.withWindowAtMost(null)).isSameAs(policy);
    }

    @Test
    void the_base_delay_must_be_positive() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every attempt of a delivery whose endpoint fails each time, attempts made exactly when due. */
    private static List<Instant> attemptsUntilParked(RetryPolicy policy) {
        List<Instant> attempts = new ArrayList<>();
        Instant at = FIRST_ATTEMPT;
        while (true) {
            attempts.add(at);
            Optional<Instant> next = policy.nextAttempt(attempts.size(), FIRST_ATTEMPT, at);
            if (next.isEmpty()) {
                return attempts;
            }
            at = next.get();
        }
    }
}
