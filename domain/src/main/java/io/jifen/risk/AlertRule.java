package io.jifen.risk;

/**
 * The patterns watched for, each with the defaults a bank starts from (every one can be changed
 * or switched off by risk staff). {@code threshold} and {@code windowMinutes} mean what each
 * rule's text says.
 */
public enum AlertRule {
    /** A customer's courier orders name a new delivery address {@code threshold} times within the window. */
    ADDRESS_CHANGES(3, 30 * 24 * 60, Severity.MEDIUM, false),
    /** {@code threshold} redemptions by one customer within the window. */
    REDEMPTION_BURST(5, 10, Severity.HIGH, true),
    /** One delivery address used by {@code threshold} different customers within the window. */
    SHARED_ADDRESS(4, 90 * 24 * 60, Severity.HIGH, false),
    /**
     * An accrual, or a bank day's earnings, of at least {@code threshold} times the customer's own
     * average accrual (with at least five earlier ones, and at least 10,000 points).
     */
    EARNING_SPIKE(20, 24 * 60, Severity.MEDIUM, false),
    /** A partner's calls refused {@code threshold} times within the window (rules, stock, points, idempotency conflicts). */
    PARTNER_REFUSALS(50, 10, Severity.MEDIUM, false),
    /**
     * One staff user signed in from {@code threshold} different network addresses within the window:
     * a shared or stolen password (the address is the client's as the bank's trusted proxies report it).
     */
    STAFF_SIGN_INS(3, 60, Severity.HIGH, false);

    /** Earnings below this never count as a spike, whatever the customer's history. */
    public static final long SPIKE_FLOOR_POINTS = 10_000;
    /** A customer needs this many earlier accruals before their average means anything. */
    public static final long SPIKE_HISTORY = 5;

    private final long defaultThreshold;
    private final int defaultWindowMinutes;
    private final Severity defaultSeverity;
    private final boolean defaultHold;

    AlertRule(long defaultThreshold, int defaultWindowMinutes, Severity defaultSeverity, boolean defaultHold) {
        this.defaultThreshold = defaultThreshold;
        this.defaultWindowMinutes = defaultWindowMinutes;
        this.defaultSeverity = defaultSeverity;
        this.defaultHold = defaultHold;
    }

    public AlertRuleSetting defaults() {
        return new AlertRuleSetting(this, true, defaultSeverity, defaultThreshold, defaultWindowMinutes, defaultHold);
    }
}
