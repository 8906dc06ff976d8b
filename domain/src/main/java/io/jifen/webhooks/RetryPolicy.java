package io.jifen.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after the base delay, doubling with each failure
 * (30 s, 1 min, 2 min, ... by default), for as long as the retry window (24 hours by default)
 * that began with the first attempt. The last retry falls on the window's end; a failure at or
 * after it parks the delivery for staff to look at and replay.
 */
public record RetryPolicy(Duration base, Duration window) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(24));

    public RetryPolicy {
        if (base == null || base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("the base delay is positive");
        }
        if (window == null || window.isNegative()) {
            throw new IllegalArgumentException("the retry window is zero or more");
        }
    }

    /** The wait after the given number of failed attempts (1 → base, 2 → twice the base, ...). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("a delay follows a failed attempt");
        }
        int doublings = Math.min(failedAttempts - 1, 40);
        try {
            return base.multipliedBy(1L << doublings);
        } catch (ArithmeticException tooLong) {
            return window;
        }
    }

    /**
     * After a failure: when to try again, or nothing when the delivery is to be parked because
     * the window that began at {@code windowStart} has run out.
     */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant windowStart, Instant failedAt) {
        Instant windowEnd = windowStart.plus(window);
        if (!failedAt.isBefore(windowEnd)) {
            return Optional.empty();
        }
        Instant next = failedAt.plus(delayAfter(failedAttempts));
        return Optional.of(next.isAfter(windowEnd) ? windowEnd : next);
    }

    /** A shorter window for one endpoint; never longer than the server's. */
    public RetryPolicy withWindowAtMost(Duration endpointWindow) {
        return endpointWindow == null || endpointWindow.compareTo(window) >= 0 ? this
                : new RetryPolicy(base, endpointWindow);
    }
}
