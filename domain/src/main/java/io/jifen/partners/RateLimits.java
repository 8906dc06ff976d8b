package io.jifen.partners;

import io.jifen.shared.Message;
import io.jifen.shared.InvalidRequestException;

/**
 * How many calls a partner may make: a sustained rate per second and a burst it may spend at
 * once. The burst holds at least one second's worth, otherwise the rate could never be reached.
 */
public record RateLimits(int perSecond, int burst) {
    public static final int MAX_PER_SECOND = 100_000;
    public static final int MAX_BURST = 1_000_000;
    /**
     * What a partner registered without limits gets: JIFEN_RATE_LIMIT_PARTNER_PER_SECOND (default
     * 100) and JIFEN_RATE_LIMIT_PARTNER_BURST (default 200), read once at start.
     */
    public static final RateLimits DEFAULT = fromEnvironment();

    public RateLimits {
        if (perSecond < 1 || perSecond > MAX_PER_SECOND) {
            throw new InvalidRequestException("rateLimitPerSecond", Message.of("mustBe1Dash", String.valueOf(MAX_PER_SECOND)));
        }
        if (burst < 1 || burst > MAX_BURST) {
            throw new InvalidRequestException("burst", Message.of("mustBe1Dash", String.valueOf(MAX_BURST)));
        }
        if (burst < perSecond) {
            throw new InvalidRequestException("burst", "must be at least rateLimitPerSecond");
        }
    }

    private static RateLimits fromEnvironment() {
        int rate = setting("JIFEN_RATE_LIMIT_PARTNER_PER_SECOND", 100);
        return new RateLimits(rate, Math.max(rate, setting("JIFEN_RATE_LIMIT_PARTNER_BURST", 200)));
    }

    private static int setting(String name, int fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    /** The given limits, each missing one taken from the defaults. */
    public static RateLimits of(Integer perSecond, Integer burst) {
        int rate = perSecond == null ? DEFAULT.perSecond() : perSecond;
        return new RateLimits(rate, burst == null ? Math.max(DEFAULT.burst(), rate) : burst);
    }
}
