package io.jifen.procurement.application;

import io.jifen.shared.GiftId;
import io.jifen.audit.application.AuditLog;
import io.jifen.catalog.CatalogRepository;
import io.jifen.catalog.UnknownGiftException;
import io.jifen.procurement.ProcurementRepository;
import io.jifen.procurement.Quote;
import io.jifen.procurement.QuoteComparison;
import io.jifen.procurement.Supplier;
import io.jifen.procurement.SupplierContact;
import io.jifen.procurement.SupplierGrade;
import io.jifen.procurement.SupplierSort;
import io.jifen.procurement.UnknownSupplierException;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Money;
import io.jifen.shared.Sorting;
import io.jifen.shared.Paged;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Suppliers, their quotes, their grade and the comparison of quotes for a gift. */
@ApplicationScoped
@Transactional
@RequiresRole({Roles.PROCUREMENT, Roles.ADMIN})
public class SupplierService {
    static final ZoneId BANK_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    ProcurementRepository procurement;
    @Inject
    CatalogRepository catalog;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    public record SupplierPage(List<Supplier> items, int page, int size, long total) implements Paged<Supplier> {
    }

    public record GradedSupplier(Supplier supplier, SupplierGrade grade, List<Quote> quotes) {
    }

    public Supplier addSupplier(String name, List<SupplierContact> contacts) {
        var supplier = new Supplier("S-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
                name.strip(), contacts, clock.instant());
        procurement.addSupplier(supplier);
        audit.record("added supplier", "supplier:" + supplier.id(), supplier.name());
        return supplier;
    }

    public Supplier changeSupplier(String id, String name, List<SupplierContact> contacts) {
        Supplier supplier = find(id);
        supplier.rename(name.strip(), contacts);
        audit.record("changed supplier", "supplier:" + id, supplier.name());
        return supplier;
    }

    public Quote addQuote(String supplierId, String giftId, int minQuantity, Money unitPrice, LocalDate validFrom,
                          LocalDate validTo) {
        find(supplierId);
        catalog.findGift(new GiftId(giftId)).orElseThrow(() -> new UnknownGiftException(new GiftId(giftId)));
        if (!unitPrice.currency().equals(Money.CNY)) {
            throw new InvalidRequestException("currency", "quotes are in CNY");
        }
        var quote = new Quote(supplierId, giftId, minQuantity, unitPrice, validFrom, validTo);
        procurement.addQuote(quote);
        audit.record("added quote", "supplier:" + supplierId, giftId + " from " + minQuantity + " units at "
                + unitPrice + ", " + validFrom + " to " + validTo);
        return quote;
    }

    /** One tier of a quote: from this many units, this unit price. */
    public record Tier(int minQuantity, Money unitPrice) {
    }

    /**
     * A supplier's bulk tiers for a gift over the same days, all or none (one transaction); two
     * tiers starting at the same quantity are refused, as a price for the same units would be
     * ambiguous.
     */
    public List<Quote> addQuotes(String supplierId, String giftId, List<Tier> tiers, LocalDate validFrom,
                                 LocalDate validTo) {
        if (tiers.isEmpty()) {
            throw new InvalidRequestException("tiers", "a quote has at least one tier");
        }
        if (tiers.stream().map(Tier::minQuantity).distinct().count() < tiers.size()) {
            throw new InvalidRequestException("minQuantity", "each tier starts at a different quantity");
        }
        return tiers.stream().map(t -> addQuote(supplierId, giftId, t.minQuantity(), t.unitPrice(), validFrom, validTo))
                .toList();
    }

    public Supplier find(String id) {
        return procurement.findSupplier(id).orElseThrow(() -> new UnknownSupplierException(id));
    }

    public SupplierPage suppliers(int page, int size) {
        return new SupplierPage(procurement.suppliers(null, Sorting.none(), page * size, size), page, size,
                procurement.countSuppliers(null));
    }

    /** Suppliers whose name contains the text (all when blank), by name: what a picker or filter lists. */
    public List<Supplier> suppliersFrom(String nameContains, int offset, int limit) {
        return procurement.suppliers(nameContains, Sorting.none(), offset, limit);
    }

    public List<Supplier> suppliersFrom(String nameContains, Sorting<SupplierSort> sorting, int offset, int limit) {
        return procurement.suppliers(nameContains, sorting, offset, limit);
    }

    /** The names of the suppliers with these ids, in one query: what a list shows beside each row. */
    public Map<String, String> namesOf(Collection<String> ids) {
        return procurement.supplierNames(ids);
    }

    public long countSuppliers(String nameContains) {
        return procurement.countSuppliers(nameContains);
    }

    public GradedSupplier graded(String id) {
        Supplier supplier = find(id);
        List<Quote> quotes = procurement.quotesOfSupplier(id);
        return new GradedSupplier(supplier, grade(id, quotes), quotes);
    }

    /**
     * The grade from this supplier's receipts and, for price, its current single-unit price of
     * each gift against the cheapest current single-unit price any supplier quotes for it.
     */
    private SupplierGrade grade(String supplierId, List<Quote> ownQuotes) {
        LocalDate today = today();
        List<String> gifts = ownQuotes.stream().map(Quote::giftId).distinct().toList();
        Map<String, List<Quote>> byGift = procurement.quotesForGifts(gifts).stream()
                .collect(Collectors.groupingBy(Quote::giftId));
        List<BigDecimal> ratios = new ArrayList<>();
        for (String gift : gifts) {
            Optional<Quote> own = QuoteComparison.tierFor(ownQuotes.stream().filter(q -> q.giftId().equals(gift))
                    .toList(), 1, today);
            var comparison = QuoteComparison.of(gift, 1, today, byGift.getOrDefault(gift, List.of()));
            if (own.isPresent() && comparison.cheapest().isPresent()) {
                ratios.add(SupplierGrade.priceRatio(comparison.cheapest().get().unitPrice().amount(),
                        own.get().unitPrice().amount()));
            }
        }
        return SupplierGrade.of(procurement.deliveryRecord(supplierId, ratios));
    }

    /** Every supplier's offer for the quantity on the day (today when null), cheapest first. */
    public QuoteComparison compare(String giftId, int quantity, LocalDate day) {
        catalog.findGift(new GiftId(giftId)).orElseThrow(() -> new UnknownGiftException(new GiftId(giftId)));
        if (quantity < 1) {
            throw new InvalidRequestException("quantity", "compare quotes for at least one unit");
        }
        return QuoteComparison.of(giftId, quantity, day == null ? today() : day, procurement.quotesForGift(giftId));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BANK_ZONE);
    }
}
