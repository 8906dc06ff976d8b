package io.jifen.catalog.application;

import io.jifen.catalog.CatalogQuery;
import io.jifen.catalog.CatalogRepository;
import io.jifen.catalog.DuplicateSkuException;
import io.jifen.catalog.Gift;
import io.jifen.catalog.GiftDetails;
import io.jifen.catalog.StockLocation;
import io.jifen.catalog.UnknownGiftException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Procurement's gift catalog, and what storefronts browse. */
@ApplicationScoped
@Transactional
public class CatalogService {
    @Inject
    CatalogRepository catalog;
    @Inject
    Clock clock;

    public record GiftPage(List<Gift> items, Map<String, Long> stock, int page, int size, long total) {
    }

    public Gift addGift(GiftDetails details) {
        if (catalog.findGiftBySku(details.sku()).isPresent()) {
            throw new DuplicateSkuException(details.sku());
        }
        var gift = new Gift("G-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12), details, clock.instant());
        catalog.addGift(gift);
        return gift;
    }

    public Gift changeGift(String giftId, GiftDetails details) {
        var gift = find(giftId);
        catalog.findGiftBySku(details.sku()).filter(other -> !other.id().equals(giftId)).ifPresent(other -> {
            throw new DuplicateSkuException(details.sku());
        });
        gift.change(details, clock.instant());
        return gift;
    }

    public Gift retireGift(String giftId) {
        var gift = find(giftId);
        gift.retire(clock.instant());
        return gift;
    }

    public Gift find(String giftId) {
        return catalog.findGift(giftId).orElseThrow(() -> new UnknownGiftException(giftId));
    }

    public GiftPage browse(CatalogQuery query, int page, int size) {
        var gifts = catalog.findGifts(query, page, size);
        return new GiftPage(gifts, catalog.totalStock(gifts.stream().map(Gift::id).toList()), page, size,
                catalog.countGifts(query));
    }

    public long totalStock(String giftId) {
        return catalog.totalStock(giftId);
    }

    public List<StockLocation> locations() {
        return catalog.locations();
    }
}
