package io.jifen.imports;

import io.jifen.customers.MasterData;
import io.jifen.customers.application.CustomerService.MarketingData;
import io.jifen.shared.CustomerId;
import java.time.Instant;
import java.util.Map;

/**
 * A row of a customer master-data file: the whole record core banking keeps, as the PUT sends
 * it, with the customer's marketing data and partner links; {@code partnerLinks} (partner id to
 * the time the customer consented) is null when the file leaves the links as they are.
 */
public record CustomerRow(long line, CustomerId customerId, MasterData data, MarketingData marketing,
                          Map<String, Instant> partnerLinks) implements ImportRow {
    @Override
    public String customerKey() {
        return customerId.value();
    }
}
