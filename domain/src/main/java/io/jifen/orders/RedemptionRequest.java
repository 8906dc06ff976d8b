package io.jifen.orders;

import io.jifen.shared.Points;
import io.jifen.catalog.Channel;
import io.jifen.catalog.Gift;
import io.jifen.customers.Customer;
import java.time.LocalDate;

/**
 * Everything eligibility looks at, gathered by the caller: the customer, the gift, how many,
 * through which partner and channel, the balance, the points redeemed this month, and stock.
 */
public record RedemptionRequest(Customer customer, Gift gift, int quantity, String partner, Channel channel,
                                Points balance, Points redeemedThisMonth, long stockAvailable, LocalDate today) {
    public Points price() {
        return gift.pointsPrice().times(quantity);
    }
}
