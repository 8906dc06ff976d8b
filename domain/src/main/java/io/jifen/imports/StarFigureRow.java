package io.jifen.imports;

import io.jifen.customers.StarFigureReport;

/** A row of a star-figures file: one customer's six months of business, every component in one row. */
public record StarFigureRow(long line, StarFigureReport report) implements ImportRow {
    @Override
    public String customerKey() {
        return report.customerId().value();
    }
}
