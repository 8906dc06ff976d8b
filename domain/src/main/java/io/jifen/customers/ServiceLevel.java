package io.jifen.customers;

import java.time.LocalDate;
import java.util.Set;

/** The service star level and what gave it, so staff can explain it to the customer. */
public record ServiceLevel(StarLevel level, Basis basis, String detail) {
    public enum Basis { CONTRIBUTION, PRODUCT_HOLDING, MANUAL_OVERRIDE }

    /**
     * What benefits follow on a day: the contribution level, raised (never lowered) by product
     * holdings and by a manual override still in force (null when there is none).
     */
    public static ServiceLevel reached(StarLevel contribution, long starPoints, Set<ProductHolding> holdings,
                                       ServiceLevelOverride override, LocalDate day) {
        ServiceLevel best = new ServiceLevel(contribution, Basis.CONTRIBUTION, starPoints + " star points");
        for (ProductHolding holding : holdings.stream().sorted().toList()) {
            if (holding.floor().isAbove(best.level())) {
                best = new ServiceLevel(holding.floor(), Basis.PRODUCT_HOLDING, holding.name());
            }
        }
        if (override != null && override.isInForceOn(day) && override.level().isAbove(best.level())) {
            best = new ServiceLevel(override.level(), Basis.MANUAL_OVERRIDE, override.reason());
        }
        return best;
    }
}
