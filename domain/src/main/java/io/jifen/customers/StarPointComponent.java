package io.jifen.customers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The parts of a customer's business that earn star points (星点值), each with its rate per
 * 10,000 yuan of six-month average daily balance or six-month total (domain.md). Fee caps and
 * fee discounts are applied by core banking before it reports the figures.
 */
public enum StarPointComponent {
    SHORT_TERM_ASSETS(Measure.AVERAGE_DAILY_BALANCE, 135),
    MEDIUM_LONG_TERM_ASSETS(Measure.AVERAGE_DAILY_BALANCE, 100),
    HOUSING_MORTGAGE(Measure.AVERAGE_DAILY_BALANCE, 100),
    OTHER_PERSONAL_LOANS(Measure.AVERAGE_DAILY_BALANCE, 200),
    CREDIT_CARD_OVERDRAFT(Measure.AVERAGE_DAILY_BALANCE, 200),
    INVESTMENT_TRANSACTIONS(Measure.TOTAL_AMOUNT, 200),
    CARD_PURCHASES(Measure.TOTAL_AMOUNT, 400),
    SETTLEMENT(Measure.TOTAL_AMOUNT, 200);

    public enum Measure { AVERAGE_DAILY_BALANCE, TOTAL_AMOUNT }

    private static final BigDecimal PER = new BigDecimal("10000");

    private final Measure measuredAs;
    private final int starPointsPer10k;

    StarPointComponent(Measure measuredAs, int starPointsPer10k) {
        this.measuredAs = measuredAs;
        this.starPointsPer10k = starPointsPer10k;
    }

    public Measure measuredAs() {
        return measuredAs;
    }

    public int starPointsPer10k() {
        return starPointsPer10k;
    }

    /** Star points this component earns for an amount in yuan, rounded down to whole points. */
    public long starPointsFor(BigDecimal yuan) {
        if (yuan.signum() < 0) {
            throw new IllegalArgumentException(name() + " cannot be negative");
        }
        return yuan.multiply(BigDecimal.valueOf(starPointsPer10k))
                .divide(PER, 0, RoundingMode.DOWN)
                .longValueExact();
    }
}
