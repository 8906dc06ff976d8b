package io.jifen.procurement;

import io.jifen.shared.Message;
import java.util.Locale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A supplier's grade and why. The score weighs quality 40 %, delivery 30 % and price 30 %:
 * <ul>
 *   <li>quality: units accepted by the quality check / units received;</li>
 *   <li>delivery: receipts on or before the order's expected date / receipts;</li>
 *   <li>price: for each gift it quotes, the cheapest current single-unit price of any supplier
 *       divided by its own (1 when it is the cheapest), averaged over its gifts.</li>
 * </ul>
 * A component with no record yet (no deliveries, no quotes) counts as {@link #UNKNOWN}, a middling
 * B, so a new supplier is neither rewarded nor punished for having no history. A at 0.90 and
 * above, B at 0.75 and above, C below.
 */
public record SupplierGrade(String grade, BigDecimal score, List<Message> reasons) {
    public static final BigDecimal QUALITY_WEIGHT = new BigDecimal("0.40");
    public static final BigDecimal DELIVERY_WEIGHT = new BigDecimal("0.30");
    public static final BigDecimal PRICE_WEIGHT = new BigDecimal("0.30");
    public static final BigDecimal UNKNOWN = new BigDecimal("0.80");
    public static final BigDecimal A_FROM = new BigDecimal("0.90");
    public static final BigDecimal B_FROM = new BigDecimal("0.75");

    /** What the grade is computed from. */
    public record Record(long unitsReceived, long unitsAccepted, long receipts, long receiptsOnTime,
                         List<BigDecimal> priceRatios) {
        public Record {
            if (unitsAccepted > unitsReceived || receiptsOnTime > receipts || unitsReceived < 0 || receipts < 0) {
                throw new IllegalArgumentException("inconsistent supplier record");
            }
            priceRatios = List.copyOf(priceRatios);
        }
    }

    public static SupplierGrade of(Record record) {
        List<Message> why = new ArrayList<>();
        BigDecimal quality = rate(record.unitsAccepted(), record.unitsReceived());
        why.add(record.unitsReceived() == 0 ? Message.of("grade.quality.none", pct(UNKNOWN))
                : Message.of("grade.quality", String.valueOf(record.unitsAccepted()),
                        String.valueOf(record.unitsReceived()), pct(quality)));
        BigDecimal delivery = rate(record.receiptsOnTime(), record.receipts());
        why.add(record.receipts() == 0 ? Message.of("grade.delivery.none", pct(UNKNOWN))
                : Message.of("grade.delivery", String.valueOf(record.receiptsOnTime()), String.valueOf(record.receipts()),
                        pct(delivery)));
        BigDecimal price = record.priceRatios().isEmpty() ? UNKNOWN
                : record.priceRatios().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(record.priceRatios().size()), 4, RoundingMode.HALF_EVEN);
        why.add(record.priceRatios().isEmpty() ? Message.of("grade.price.none", pct(UNKNOWN))
                : Message.of("grade.price", pct(price), String.valueOf(record.priceRatios().size())));
        BigDecimal score = quality.multiply(QUALITY_WEIGHT).add(delivery.multiply(DELIVERY_WEIGHT))
                .add(price.multiply(PRICE_WEIGHT)).setScale(4, RoundingMode.HALF_EVEN);
        String grade = score.compareTo(A_FROM) >= 0 ? "A" : score.compareTo(B_FROM) >= 0 ? "B" : "C";
        why.add(Message.of("grade.score", score.setScale(2, RoundingMode.HALF_EVEN).toPlainString()));
        return new SupplierGrade(grade, score, List.copyOf(why));
    }

    /** Why, in English (as the API shows it). */
    public List<String> why() {
        return why(Locale.ENGLISH);
    }

    /** Why, in the reader's language. */
    public List<String> why(Locale locale) {
        return reasons.stream().map(reason -> reason.in(locale)).toList();
    }

    /** The cheapest price divided by this price: 1 for the cheapest, less the dearer it is. */
    public static BigDecimal priceRatio(BigDecimal cheapest, BigDecimal own) {
        return cheapest.divide(own, 4, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? UNKNOWN : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }

    private static String pct(BigDecimal rate) {
        return rate.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
