package io.jifen.points;

import io.jifen.shared.Points;
import io.jifen.customers.Customer;
import io.jifen.customers.StarLevel;
import java.time.Instant;
import java.util.List;

/**
 * Bonuses on top of the earning rules (marketing campaigns), asked for inside the accrual's
 * transaction while the customer's account is locked. Points define the hook; campaigns fill it,
 * so the ledger does not depend on marketing.
 */
public interface AccrualBonuses {
    List<EarningLine> bonuses(AccrualRequest request, Customer customer, StarLevel serviceLevel, Points rulePoints,
                              Instant now);
}
