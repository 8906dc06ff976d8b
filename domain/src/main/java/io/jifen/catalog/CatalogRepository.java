package io.jifen.catalog;

import io.jifen.shared.GiftId;
import io.jifen.shared.Sorting;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface CatalogRepository {
    Optional<Gift> findGift(GiftId giftId);

    Optional<Gift> findGiftBySku(String sku);

    /** The gift, locked until the transaction ends (serialises its low-stock bookkeeping). */
    Gift lockGift(GiftId giftId);

    void addGift(Gift gift);

    /** A page of gifts in the query's order. */
    default List<Gift> findGifts(CatalogQuery query, int page, int size) {
        return findGiftsFrom(query, page * size, size);
    }

    /** Up to {@code limit} gifts in the query's order, skipping the first {@code offset} (a lazy grid's window). */
    List<Gift> findGiftsFrom(CatalogQuery query, int offset, int limit);

    long countGifts(CatalogQuery query);

    List<StockLocation> locations();

    Optional<StockLocation> findLocation(String code);

    /** Takes units if there are enough, in one guarded update: answers whether it did. */
    /** Takes the units only if at least {@code atLeast} stay at the location (a guarded update). */
    boolean takeStockLeaving(GiftId giftId, String locationCode, long quantity, long atLeast);

    boolean takeStock(GiftId giftId, String locationCode, long quantity);

    /** Adds units (creating the stock row if it is the first at that location). */
    void putStock(GiftId giftId, String locationCode, long quantity);

    long stockAt(GiftId giftId, String locationCode);

    long totalStock(GiftId giftId);

    Map<String, Long> totalStock(List<String> giftIds);

    Map<String, Long> stockByLocation(GiftId giftId);

    void addAdjustment(StockAdjustment adjustment);

    Optional<LowStockWarning> openWarning(GiftId giftId);

    void addWarning(LowStockWarning warning);

    default List<LowStockWarning> warnings(boolean openOnly, int page, int size) {
        return warningsFrom(openOnly, page * size, size);
    }

    /** Newest first, skipping the first {@code offset}. */
    default List<LowStockWarning> warningsFrom(boolean openOnly, int offset, int limit) {
        return warningsFrom(openOnly, Sorting.none(), offset, limit);
    }

    /** The same, in the order chosen (newest first when none is). */
    List<LowStockWarning> warningsFrom(boolean openOnly, Sorting<WarningSort> sorting, int offset, int limit);

    long countWarnings(boolean openOnly);
}
