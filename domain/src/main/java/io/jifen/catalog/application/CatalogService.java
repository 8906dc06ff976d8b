package io.jifen.catalog.application;

import io.jifen.shared.GiftId;
import io.jifen.catalog.CatalogQuery;
import io.jifen.catalog.CatalogRepository;
import io.jifen.catalog.DuplicateSkuException;
import io.jifen.catalog.Gift;
import io.jifen.catalog.GiftDetails;
import io.jifen.catalog.StockLocation;
import io.jifen.catalog.UnknownGiftException;
import io.jifen.audit.application.AuditLog;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import io.jifen.shared.ReadMostlyCache;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Procurement's gift catalog, and what storefronts browse. */
@ApplicationScoped
@Transactional
public class CatalogService {
    @Inject
    CatalogRepository catalog;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    @ConfigProperty(name = "jifen.catalog.cache-seconds", defaultValue = "2")
    long cacheSeconds;

    @Resource
    TransactionSynchronizationRegistry transaction;

    private ReadMostlyCache<Gift> offers;

    @PostConstruct
    void startCache() {
        offers = new ReadMostlyCache<>(Duration.ofSeconds(Math.max(0, cacheSeconds)), clock);
    }

    public record GiftPage(List<Gift> items, Map<String, Long> stock, int page, int size, long total) {
    }

    /** A window of gifts with the total stock of each (0 where none was ever stocked). */
    public record GiftSlice(List<Gift> items, Map<String, Long> stock) {
        public long totalStock(GiftId giftId) {
            return stock.getOrDefault(giftId.value(), 0L);
        }
    }

    @RequiresRole({Roles.PROCUREMENT, Roles.ADMIN})
    public Gift addGift(GiftDetails details) {
        if (catalog.findGiftBySku(details.sku()).isPresent()) {
            throw new DuplicateSkuException(details.sku());
        }
        var gift = new Gift(new GiftId("G-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)), details, clock.instant());
        catalog.addGift(gift);
        audit.record("added gift", "gift:" + gift.id(), details.sku() + " " + details.nameZh() + " " + details.pointsPrice().value() + " points");
        return gift;
    }

    @RequiresRole({Roles.PROCUREMENT, Roles.ADMIN})
    public Gift changeGift(GiftId giftId, GiftDetails details) {
        var gift = find(giftId);
        catalog.findGiftBySku(details.sku()).filter(other -> !other.id().equals(giftId)).ifPresent(other -> {
            throw new DuplicateSkuException(details.sku());
        });
        gift.change(details, clock.instant());
        offers.forgetThrough(transaction, giftId.value());
        audit.record("changed gift", "gift:" + giftId, details.sku() + " " + details.pointsPrice().value() + " points");
        return gift;
    }

    @RequiresRole({Roles.PROCUREMENT, Roles.ADMIN})
    public Gift retireGift(GiftId giftId) {
        var gift = find(giftId);
        gift.retire(clock.instant());
        offers.forgetThrough(transaction, giftId.value());
        audit.record("retired gift", "gift:" + giftId, null);
        return gift;
    }

    public Gift find(GiftId giftId) {
        return catalog.findGift(giftId).orElseThrow(() -> new UnknownGiftException(giftId));
    }

    /**
     * A gift as an order sees it, read from the database at most once per few seconds
     * ({@code JIFEN_CATALOG_CACHE_SECONDS}, default 2), so a redemption reads no catalog rows. A
     * change made on this server is seen at once, one made on another server within that time;
     * the stock itself is never cached (orders take it with a guarded update). Read only: the
     * answer is shared between requests.
     */
    public Gift offered(GiftId giftId) {
        return offers.get(giftId.value(), id -> catalog.findGift(giftId))
                .orElseThrow(() -> new UnknownGiftException(giftId));
    }

    public GiftPage browse(CatalogQuery query, int page, int size) {
        var gifts = catalog.findGifts(query, page, size);
        return new GiftPage(gifts, catalog.totalStock(gifts.stream().map(gift -> gift.id().value()).toList()), page, size,
                catalog.countGifts(query));
    }

    /** For a lazy grid: the window it asks for, without counting (it counts separately). */
    public GiftSlice browseFrom(CatalogQuery query, int offset, int limit) {
        var gifts = catalog.findGiftsFrom(query, offset, limit);
        return new GiftSlice(gifts, catalog.totalStock(gifts.stream().map(gift -> gift.id().value()).toList()));
    }

    public long count(CatalogQuery query) {
        return catalog.countGifts(query);
    }

    public long totalStock(GiftId giftId) {
        return catalog.totalStock(giftId);
    }

    public List<StockLocation> locations() {
        return catalog.locations();
    }
}
