package io.jifen.customers;

import java.math.BigDecimal;
import java.util.Map;

/** Star points (星点值) summed over a report's components, and the contribution level they reach. */
public record StarRating(long starPoints, StarLevel contribution) {
    /** Rates six months of business; a negative figure is refused (IllegalArgumentException) before anything changes. */
    public static StarRating of(Map<StarPointComponent, BigDecimal> figures) {
        long total = 0;
        for (var figure : figures.entrySet()) {
            total = Math.addExact(total, figure.getKey().starPointsFor(figure.getValue()));
        }
        return new StarRating(total, StarLevel.forStarPoints(total));
    }

    /** Assets held with the bank: the six-month average balances of short and medium/long-term assets. */
    public static BigDecimal assets(Map<StarPointComponent, BigDecimal> figures) {
        return figures.getOrDefault(StarPointComponent.SHORT_TERM_ASSETS, BigDecimal.ZERO)
                .add(figures.getOrDefault(StarPointComponent.MEDIUM_LONG_TERM_ASSETS, BigDecimal.ZERO));
    }
}
