package io.jifen.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteComparisonTest {
    private static final LocalDate FROM = LocalDate.parse("2026-11-01");
    private static final LocalDate TO = LocalDate.parse("2026-12-31");
    private static final LocalDate DAY = LocalDate.parse("2026-11-15");

    private static Quote quote(String supplier, int minQuantity, String price) {
        return new Quote(supplier, "G-1", minQuantity, Money.yuan(price), FROM, TO);
    }

    private static final List<Quote> QUOTES = List.of(
            quote("S-A", 1, "100.00"), quote("S-A", 50, "90.00"), quote("S-A", 200, "80.00"),
            quote("S-B", 1, "95.00"), quote("S-B", 100, "85.00"),
            new Quote("S-C", "G-1", 1, Money.yuan("50.00"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-10-31")));

    @Test
    void for_a_few_units_the_single_unit_prices_compete() {
        var comparison = QuoteComparison.of("G-1", 10, DAY, QUOTES);

        assertThat(comparison.offers()).extracting(QuoteComparison.Offer::supplierId).containsExactly("S-B", "S-A");
        assertThat(comparison.cheapest().orElseThrow().unitPrice()).isEqualTo(Money.yuan("95.00"));
        assertThat(comparison.cheapest().orElseThrow().total()).isEqualTo(Money.yuan("950.00"));
        assertThat(comparison.offers().get(1).cheapest()).isFalse();
    }

    @Test
    void bulk_tiers_change_the_cheapest() {
        var comparison = QuoteComparison.of("G-1", 60, DAY, QUOTES);

        assertThat(comparison.cheapest().orElseThrow().supplierId()).isEqualTo("S-A");
        assertThat(comparison.cheapest().orElseThrow().tierMinQuantity()).isEqualTo(50);
        assertThat(QuoteComparison.of("G-1", 150, DAY, QUOTES).cheapest().orElseThrow().supplierId()).isEqualTo("S-B");
        assertThat(QuoteComparison.of("G-1", 200, DAY, QUOTES).cheapest().orElseThrow().unitPrice())
                .isEqualTo(Money.yuan("80.00"));
    }

    @Test
    void expired_quotes_do_not_compete() {
        assertThat(QuoteComparison.of("G-1", 1, DAY, QUOTES).offers())
                .extracting(QuoteComparison.Offer::supplierId).doesNotContain("S-C");
        assertThat(QuoteComparison.of("G-1", 1, LocalDate.parse("2026-10-31"), QUOTES).cheapest().orElseThrow()
                .supplierId()).isEqualTo("S-C");
    }

    @Test
    void equal_prices_are_both_cheapest() {
        var comparison = QuoteComparison.of("G-1", 1, DAY, List.of(quote("S-A", 1, "10.00"), quote("S-B", 1, "10.00")));

        assertThat(comparison.offers()).allMatch(QuoteComparison.Offer::cheapest);
    }

    @Test
    void no_quotes_no_offers() {
        assertThat(QuoteComparison.of("G-9", 1, DAY, QUOTES).cheapest()).isEmpty();
    }

    @Test
    void a_quote_must_make_sense() {
        assertThatThrownBy(() -> new Quote("S", "G", 0, Money.yuan("1"), FROM, TO)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new Quote("S", "G", 1, Money.yuan("0"), FROM, TO)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new Quote("S", "G", 1, Money.yuan("1"), TO, FROM)).isInstanceOf(InvalidRequestException.class);
    }
}
