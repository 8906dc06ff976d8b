package io.jifen.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of issued points never redeemed, estimated from closed cohorts (lots whose expiry has
 * passed): expired ÷ issued. IFRS 15 books the liability net of it: the points the bank expects
 * to honour, at the cost per point.
 */
public record Breakage(long closedIssued, long closedExpired) {
    public BigDecimal rate() {
        if (closedIssued <= 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(closedExpired).divide(BigDecimal.valueOf(closedIssued), 4, RoundingMode.HALF_EVEN);
    }

    /** Outstanding points at their cost, less the expected breakage, to the fen. */
    public BigDecimal netLiability(long outstandingPoints, BigDecimal costPerPoint) {
        BigDecimal gross = BigDecimal.valueOf(outstandingPoints).multiply(costPerPoint);
        if (closedIssued <= 0) {
            return gross.setScale(2, RoundingMode.HALF_EVEN);
        }
        // gross × (issued − expired) ÷ issued, rounded once, to the fen
        return gross.multiply(BigDecimal.valueOf(closedIssued - closedExpired))
                .divide(BigDecimal.valueOf(closedIssued), 2, RoundingMode.HALF_EVEN);
    }
}
