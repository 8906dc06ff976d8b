package io.jifen.customers;

import io.jifen.shared.CustomerId;
import java.math.BigDecimal;

/**
 * A known customer's service star level or assets may have moved (master data or star figures
 * reported). Observed in the same transaction, so triggers award with the change or not at all.
 */
public record CustomerProfileChanged(CustomerId customerId, StarLevel levelBefore, StarLevel levelAfter,
                                     BigDecimal assetsBefore, BigDecimal assetsAfter) {
    public boolean isUpgrade() {
        return levelAfter.isAbove(levelBefore);
    }
}
