package io.jifen.points;

import io.jifen.shared.CustomerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A source transaction as core banking reports it. Times keep microseconds, as the database
 * does, so a retry compares equal to what was stored.
 */
public record AccrualRequest(String sourceTxnId, CustomerId customerId, Activity activity, String productCode,
                             BigDecimal amount, String currency, Instant occurredAt) {
    public AccrualRequest {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** A transaction without a product code (rules and campaigns for any product apply). */
    public AccrualRequest(String sourceTxnId, CustomerId customerId, Activity activity, BigDecimal amount,
                          String currency, Instant occurredAt) {
        this(sourceTxnId, customerId, activity, null, amount, currency, occurredAt);
    }
}
