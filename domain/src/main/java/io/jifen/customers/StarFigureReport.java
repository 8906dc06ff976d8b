package io.jifen.customers;

import io.jifen.shared.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Six months of one customer's business per star-point component, for the period ending on a day. */
public record StarFigureReport(CustomerId customerId, LocalDate periodEnd, Map<StarPointComponent, BigDecimal> figures) {
    public StarFigureReport {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(periodEnd, "periodEnd");
        figures = figures.isEmpty() ? Map.of() : new EnumMap<>(figures);
    }

    public StarRating rating() {
        return StarRating.of(figures);
    }
}
