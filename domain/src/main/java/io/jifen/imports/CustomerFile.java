package io.jifen.imports;

import io.jifen.shared.Message;
import io.jifen.customers.CreditRating;
import io.jifen.customers.CustomerStatus;
import io.jifen.customers.MasterData;
import io.jifen.customers.ProductHolding;
import io.jifen.customers.RiskLevel;
import io.jifen.customers.application.CustomerService.MarketingData;
import io.jifen.shared.CustomerId;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.TextFormats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * The customer master-data file: one customer per row, the whole record core banking keeps (the
 * fields of PUT /customers/{id}, by the same rules), lists inside a cell separated by ';'. The
 * marketing cells (segments, openedOn) and partnerLinks, when empty, leave what is held as it is;
 * partnerLinks, when given, is the customer's whole set of links ({@code partner@consentedAt}):
 * the ones not listed end. A cell of {@value #NONE} is the empty set (no segments, no links).
 */
public final class CustomerFile {
    public static final List<String> COLUMNS = List.of("customerId", "name", "phone", "status", "blacklisted",
            "riskLevel", "creditRating", "holdings", "segments", "openedOn", "partnerLinks");
    public static final FileLayout LAYOUT = new FileLayout(COLUMNS);

    public static final String NONE = "-";

    private static final Pattern CUSTOMER = Pattern.compile(TextFormats.CUSTOMER_ID);
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 -]{3,40}$");
    private static final Pattern SEGMENT = Pattern.compile("^[A-Z0-9_-]{1,40}$");
    private static final Pattern PARTNER = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");

    private CustomerFile() {
    }

    public static ImportRow read(CSVRecord record, LocalDate today) {
        long line = record.getRecordNumber() + 1;
        String customer = record.size() > 0 ? record.get(0) : "";
        if (!record.isConsistent()) {
            return new UnreadableRow(line, null, customer, null,
                    "has " + record.size() + " fields; the header has " + COLUMNS.size());
        }
        try {
            if (!CUSTOMER.matcher(customer).matches()) {
                throw new InvalidRequestException("customerId", customer.isEmpty() ? "is required" : "must be 1-64 letters, digits, '-' or '_'");
            }
            String name = record.get("name").strip();
            if (name.isEmpty() || name.length() > 200) {
                throw new InvalidRequestException("name", name.isEmpty() ? "is required" : "is longer than 200 characters");
            }
            String phone = record.get("phone");
            if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
                throw new InvalidRequestException("phone", "must be a phone number");
            }
            var data = new MasterData(name, phone.isEmpty() ? null : phone,
                    oneOf(CustomerStatus.class, "status", record.get("status")), blacklisted(record.get("blacklisted")),
                    oneOf(RiskLevel.class, "riskLevel", record.get("riskLevel")),
                    oneOf(CreditRating.class, "creditRating", record.get("creditRating")), holdings(record.get("holdings")));
            return new CustomerRow(line, new CustomerId(customer), data,
                    new MarketingData(segments(record.get("segments")), openedOn(record.get("openedOn"), today)),
                    partnerLinks(record.get("partnerLinks")));
        } catch (InvalidRequestException refused) {
            return new UnreadableRow(line, null, customer, refused.field(), refused.getMessage());
        }
    }

    private static <E extends Enum<E>> E oneOf(Class<E> type, String field, String text) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw text.isEmpty() ? new InvalidRequestException(field, "is required")
                    : new InvalidRequestException(field, Message.of("notOneOf", Arrays.toString(type.getEnumConstants())));
        }
    }

    private static boolean blacklisted(String text) {
        return switch (text) {
            case "", "false" -> false;
            case "true" -> true;
            default -> throw new InvalidRequestException("blacklisted", "must be true or false");
        };
    }

    private static List<String> items(String cell) {
        return cell.isEmpty() || cell.equals(NONE) ? List.of() : Arrays.stream(cell.split(";", -1)).map(String::strip).toList();
    }

    private static Set<ProductHolding> holdings(String cell) {
        Set<ProductHolding> holdings = EnumSet.noneOf(ProductHolding.class);
        for (String item : items(cell)) {
            holdings.add(oneOf(ProductHolding.class, "holdings", item));
        }
        return holdings;
    }

    private static Set<String> segments(String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        Set<String> segments = new TreeSet<>();
        for (String item : items(cell)) {
            if (!SEGMENT.matcher(item).matches()) {
                throw new InvalidRequestException("segments", "must be 1-40 upper-case letters, digits, _ or -");
            }
            segments.add(item);
        }
        if (segments.size() > 20) {
            throw new InvalidRequestException("segments", "has more than 20 segments");
        }
        return segments;
    }

    private static LocalDate openedOn(String cell, LocalDate today) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(cell);
            if (day.isAfter(today)) {
                throw new InvalidRequestException("openedOn", "is in the future");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("openedOn", "must be a date like 2019-03-15");
        }
    }

    private static Map<String, Instant> partnerLinks(String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        Map<String, Instant> links = new LinkedHashMap<>();
        for (String item : items(cell)) {
            int at = item.indexOf('@');
            String partner = at < 0 ? item : item.substring(0, at);
            if (at < 0 || !PARTNER.matcher(partner).matches()) {
                throw new InvalidRequestException("partnerLinks", "each link is partner@consentedAt, like acme@2026-11-01T09:00:00+08:00");
            }
            try {
                links.put(partner, OffsetDateTime.parse(item.substring(at + 1)).toInstant());
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("partnerLinks", Message.of("import.consentTime", partner));
            }
        }
        return links;
    }
}
