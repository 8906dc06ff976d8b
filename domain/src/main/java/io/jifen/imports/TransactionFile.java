package io.jifen.imports;

import io.jifen.shared.Message;
import io.jifen.points.AccrualRequest;
import io.jifen.points.Activity;
import io.jifen.shared.CustomerId;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.TextFormats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * The transactions file: accruals and reversals, one per row, with the accrual API's fields and
 * its rules (the same patterns, the same "more than zero" and "not in the future"), so core
 * banking may send a transaction either way and be answered alike.
 */
public final class TransactionFile {
    public static final List<String> COLUMNS = List.of("type", "sourceTxnId", "customerId", "activity", "productCode",
            "amount", "currency", "occurredAt");
    public static final FileLayout LAYOUT = new FileLayout(COLUMNS);

    private static final Pattern TXN_ID = Pattern.compile(TextFormats.SOURCE_TXN_ID);
    private static final Pattern CUSTOMER = Pattern.compile(TextFormats.CUSTOMER_ID);
    private static final Pattern PRODUCT = Pattern.compile(TextFormats.PRODUCT_CODE);
    private static final Pattern AMOUNT = Pattern.compile(TextFormats.AMOUNT);

    private TransactionFile() {
    }

    /** A record of the file as a row to apply, or as the reason it cannot be; {@code now} judges "in the future". */
    public static ImportRow read(CSVRecord record, Instant now) {
        long line = record.getRecordNumber() + 1;
        if (!record.isConsistent()) {
            return new UnreadableRow(line, null, record.size() > 2 ? record.get(2) : "", null,
                    "has " + record.size() + " fields; the header has " + COLUMNS.size());
        }
        String txn = record.get("sourceTxnId");
        String customer = record.get("customerId");
        String reference = TXN_ID.matcher(txn).matches() ? txn : null;
        try {
            require(TXN_ID, "sourceTxnId", txn, "must be 1-64 letters, digits or . _ : -");
            require(CUSTOMER, "customerId", customer, "must be 1-64 letters, digits, '-' or '_'");
            return switch (record.get("type")) {
                case "ACCRUAL" -> new TransactionRow.Accrual(line, accrual(record, txn, customer, now));
                case "REVERSAL" -> new TransactionRow.Reversal(line, txn, customer);
                default -> throw new InvalidRequestException("type", "must be ACCRUAL or REVERSAL");
            };
        } catch (InvalidRequestException refused) {
            return new UnreadableRow(line, reference, customer, refused.field(), refused.getMessage());
        }
    }

    private static AccrualRequest accrual(CSVRecord record, String txn, String customer, Instant now) {
        Activity activity;
        try {
            activity = Activity.valueOf(record.get("activity"));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("activity", Message.of("notOneOf", String.valueOf(List.of(Activity.values()))));
        }
        String product = record.get("productCode");
        if (!product.isEmpty()) {
            require(PRODUCT, "productCode", product, "must be 1-40 letters, digits, _ or -");
        }
        require(AMOUNT, "amount", record.get("amount"), "must be a yuan amount like 500000.00");
        String currency = record.get("currency");
        if (!currency.isEmpty() && !currency.equals("CNY")) {
            throw new InvalidRequestException("currency", "only CNY is accepted");
        }
        Instant occurredAt;
        try {
            occurredAt = OffsetDateTime.parse(record.get("occurredAt")).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("occurredAt", "must be a time with its offset, like 2026-11-29T10:15:00+08:00");
        }
        return new AccrualRequest(txn, new CustomerId(customer), activity, product.isEmpty() ? null : product,
                new BigDecimal(record.get("amount")), "CNY", occurredAt).requireSensibleAt(now);
    }

    private static void require(Pattern pattern, String field, String value, String message) {
        if (!pattern.matcher(value).matches()) {
            throw new InvalidRequestException(field, value.isEmpty() ? "is required" : message);
        }
    }
}
