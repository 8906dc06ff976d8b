package io.jifen.points;

import io.jifen.shared.CustomerId;
import io.jifen.shared.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A source transaction as core banking reports it. Times keep microseconds, as the database
 * does, so a retry compares equal to what was stored.
 */
public record AccrualRequest(String sourceTxnId, CustomerId customerId, Activity activity, String productCode,
                             BigDecimal amount, String currency, Instant occurredAt) {
    /** How far ahead of our clock core banking's may run before a transaction counts as "in the future". */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public AccrualRequest {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** A transaction without a product code (rules and campaigns for any product apply). */
    public AccrualRequest(String sourceTxnId, CustomerId customerId, Activity activity, BigDecimal amount,
                          String currency, Instant occurredAt) {
        this(sourceTxnId, customerId, activity, null, amount, currency, occurredAt);
    }

    /**
     * Refuses what no rule of a field's shape can say, the same for an API call and a file's row:
     * nothing is earned on a zero amount, nor on a transaction that has not happened yet.
     */
    public AccrualRequest requireSensibleAt(Instant now) {
        if (amount.signum() <= 0) {
            throw new InvalidRequestException("amount", "must be more than zero");
        }
        if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidRequestException("occurredAt", "is in the future");
        }
        return this;
    }
}
