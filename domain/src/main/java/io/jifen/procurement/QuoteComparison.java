package io.jifen.procurement;

import io.jifen.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every supplier's offer for one gift and quantity on one day, cheapest first. A supplier's offer
 * is its best-fitting tier: the valid tier with the highest minimum quantity the order reaches.
 */
public record QuoteComparison(String giftId, int quantity, LocalDate day, List<Offer> offers) {

    public record Offer(String supplierId, int tierMinQuantity, Money unitPrice, Money total, boolean cheapest) {
    }

    public static QuoteComparison of(String giftId, int quantity, LocalDate day, List<Quote> quotes) {
        Map<String, List<Quote>> bySupplier = quotes.stream().filter(q -> q.giftId().equals(giftId))
                .collect(Collectors.groupingBy(Quote::supplierId));
        List<Quote> best = bySupplier.values().stream().map(list -> tierFor(list, quantity, day))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((Quote q) -> q.unitPrice().amount()).thenComparing(Quote::supplierId))
                .toList();
        BigDecimal lowest = best.isEmpty() ? null : best.getFirst().unitPrice().amount();
        List<Offer> offers = best.stream().map(q -> new Offer(q.supplierId(), q.minQuantity(), q.unitPrice(),
                new Money(q.unitPrice().amount().multiply(BigDecimal.valueOf(quantity)), q.unitPrice().currency()),
                q.unitPrice().amount().compareTo(lowest) == 0)).toList();
        return new QuoteComparison(giftId, quantity, day, offers);
    }

    /** The tier of one supplier's quotes that prices {@code quantity} units on {@code day}. */
    public static Optional<Quote> tierFor(List<Quote> supplierQuotes, int quantity, LocalDate day) {
        return supplierQuotes.stream().filter(q -> q.appliesTo(quantity, day))
                .max(Comparator.comparingInt(Quote::minQuantity)
                        .thenComparing(q -> q.unitPrice().amount(), Comparator.reverseOrder()));
    }

    public Optional<Offer> cheapest() {
        return offers.stream().findFirst();
    }
}
