package io.jifen.customers;

import io.jifen.shared.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a customer's star levels rest on, without the rest of the customer: the monthly file reads
 * a million of these and needs nothing else (the period reported last, the rating, the holdings
 * and override that may raise the service level, and the assets that asset triggers watch).
 */
public record StarStanding(CustomerId customerId, LocalDate periodEnd, StarRating rating, Set<ProductHolding> holdings,
                           ServiceLevelOverride override, BigDecimal assets) {
    public StarStanding {
        holdings = Set.copyOf(holdings);
    }

    public ServiceLevel serviceLevelOn(LocalDate day) {
        return ServiceLevel.reached(rating.contribution(), rating.starPoints(), holdings, override, day);
    }

    /** The same customer once a report is taken: its rating and assets, the rest as it was. */
    public StarStanding after(StarFigureReport report) {
        return new StarStanding(customerId, report.periodEnd(), report.rating(), holdings, override,
                StarRating.assets(report.figures()));
    }

    /** A report for a period before the one held would roll the levels back; a correction of the same period may. */
    public boolean isNewerThan(LocalDate reportedPeriodEnd) {
        return periodEnd != null && periodEnd.isAfter(reportedPeriodEnd);
    }
}
