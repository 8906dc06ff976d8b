package io.jifen.imports;

import io.jifen.customers.StarFigureReport;
import io.jifen.customers.StarPointComponent;
import io.jifen.shared.CustomerId;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.TextFormats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * The monthly star-figures file: one row per customer, the period's end and one column per
 * star-point component (domain.md's table), in yuan; an empty cell is a component the customer
 * has no business in. A customer's figures arrive whole in one row, so a customer is never rated
 * on half a report. The amounts obey the API's rules (PUT .../star-figures).
 */
public final class StarFigureFile {
    public static final List<String> COLUMNS;
    public static final FileLayout LAYOUT;

    static {
        List<String> columns = new ArrayList<>(List.of("customerId", "periodEnd"));
        for (StarPointComponent component : StarPointComponent.values()) {
            columns.add(component.name());
        }
        COLUMNS = List.copyOf(columns);
        LAYOUT = new FileLayout(COLUMNS);
    }

    private static final Pattern CUSTOMER = Pattern.compile(TextFormats.CUSTOMER_ID);
    private static final Pattern AMOUNT = Pattern.compile(TextFormats.AMOUNT);

    private StarFigureFile() {
    }

    /** A record of the file as a report to take, or as the reason it cannot be; {@code today} judges "in the future". */
    public static ImportRow read(CSVRecord record, LocalDate today) {
        long line = record.getRecordNumber() + 1;
        String customer = record.size() > 0 ? record.get(0) : "";
        if (!record.isConsistent()) {
            return new UnreadableRow(line, null, customer, null,
                    "has " + record.size() + " fields; the header has " + COLUMNS.size());
        }
        if (!CUSTOMER.matcher(customer).matches()) {
            return new UnreadableRow(line, null, customer, "customerId",
                    customer.isEmpty() ? "is required" : "must be 1-64 letters, digits, '-' or '_'");
        }
        try {
            LocalDate periodEnd = periodEnd(record.get("periodEnd"), today);
            Map<StarPointComponent, BigDecimal> figures = new EnumMap<>(StarPointComponent.class);
            for (StarPointComponent component : StarPointComponent.values()) {
                String amount = record.get(component.name());
                if (amount.isEmpty()) {
                    continue;
                }
                if (!AMOUNT.matcher(amount).matches()) {
                    throw new InvalidRequestException(component.name(), "must be a yuan amount like 12500.00");
                }
                figures.put(component, new BigDecimal(amount));
            }
            return new StarFigureRow(line, new StarFigureReport(new CustomerId(customer), periodEnd, figures));
        } catch (InvalidRequestException refused) {
            return new UnreadableRow(line, null, customer, refused.field(), refused.getMessage());
        }
    }

    private static LocalDate periodEnd(String text, LocalDate today) {
        LocalDate periodEnd;
        try {
            periodEnd = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("periodEnd", text.isEmpty() ? "is required" : "must be a date like 2026-11-30");
        }
        if (periodEnd.isAfter(today)) {
            throw new InvalidRequestException("periodEnd", "is in the future");
        }
        return periodEnd;
    }
}
