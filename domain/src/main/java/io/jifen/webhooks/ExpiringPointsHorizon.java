package io.jifen.webhooks;

import java.time.Duration;
import java.time.Instant;

/**
 * Which lots the daily "points.expiring" run announces: those with points left that expire
 * after now and no later than the horizon (30 days by default). A lot is announced once; a run
 * that was missed is made up by the next, since the horizon looks at a span, not a single day.
 */
public record ExpiringPointsHorizon(Duration ahead) {
    public static final ExpiringPointsHorizon DEFAULT = new ExpiringPointsHorizon(Duration.ofDays(30));

    public ExpiringPointsHorizon {
        if (ahead == null || ahead.isNegative() || ahead.isZero()) {
            throw new IllegalArgumentException("the horizon lies in the future");
        }
    }

    public Instant until(Instant now) {
        return now.plus(ahead);
    }

    public boolean announces(long remainingPoints, Instant expiresAt, Instant now) {
        return remainingPoints > 0 && expiresAt.isAfter(now) && !expiresAt.isAfter(until(now));
    }
}
